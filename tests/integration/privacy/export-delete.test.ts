import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runLocalCloud } from '../../../local-cloud/main';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { callStays, dbOf, file, inDays, requestId, talentApplication, type Db } from '../../support/stays';

/**
 * DESIGN.md, "Privacy": users export and delete their data. Through `/fn`: the export holds the caller's records
 * (their own numbers opened) and nothing of another user's; deleting is refused while a booking is under way,
 * then anonymises what statistics keep and removes the rest, so that after it no name or number of the user is
 * left in the data folder; a retry with the same requestId answers the same.
 */

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;
const call = (fn: string, action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, fn, { action, payload, ...extra }, openId).then((r) => r.body);

const tag = Date.now().toString(36).toUpperCase().slice(-6).padStart(6, '0');
const USER = 'privacy-deleter';
const OTHER = 'privacy-bystander';
const RAW = {
  name: `Deleter${tag}`,
  phone: '+8613711112222',
  idNumber: `PD${tag}4242`,
  leaderName: `Leader${tag}`,
  leaderPhone: '+8613633334444',
  leaderId: `PL${tag}5353`,
  memberName: `Member${tag}`,
  memberId: `PM${tag}6464`,
  memberPhone: '13966446464',
  requestTitle: `Title${tag}`,
  requestBody: `Body${tag} 请帮忙`,
  otherName: `Other${tag}`,
  otherId: `PO${tag}7575`,
};
/** Forms a leak could take: as typed; a phone's digits and its last ten. */
const needles = [
  RAW.name,
  RAW.phone,
  RAW.idNumber,
  RAW.leaderName,
  RAW.leaderPhone,
  RAW.leaderId,
  RAW.memberName,
  RAW.memberId,
  RAW.memberPhone,
  RAW.requestTitle,
  RAW.requestBody,
].flatMap((v) => (v.startsWith('+') ? [v, v.replace(/\D/g, ''), v.replace(/\D/g, '').slice(-10)] : [v]));

function folderText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? folderText(join(dir, entry.name)) : readFileSync(join(dir, entry.name), 'utf8')))
    .join('\n');
}

let stayId: string;
let seatId: string;
let requestIdOfUser: string;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await consentFirst(cloud, [USER, OTHER]);
  const stay = await stays(
    'apply',
    talentApplication({ applicant: { name: RAW.name, phone: RAW.phone, identityDocument: { kind: 'passport', number: RAW.idNumber } } }),
    USER,
    { requestId: requestId() },
  );
  const other = await stays(
    'apply',
    talentApplication({
      applicant: { name: RAW.otherName, phone: '+8613900009999', identityDocument: { kind: 'passport', number: RAW.otherId } },
    }),
    OTHER,
    { requestId: requestId() },
  );
  const seat = await call(
    'workspaces',
    'apply',
    {
      stationId: 'station-pudong',
      seats: 1,
      months: 1,
      startDate: inDays(14),
      documents: [file('business-plan')],
      team: {
        name: `Team${tag}`,
        leader: { name: RAW.leaderName, phone: RAW.leaderPhone, identityDocument: { kind: 'passport', number: RAW.leaderId } },
        members: [{ name: RAW.memberName, phone: RAW.memberPhone, identityDocument: { kind: 'passport', number: RAW.memberId } }],
        projectSummary: 'A project about deleting data',
      },
    },
    USER,
    { requestId: requestId() },
  );
  const request = await call(
    'requests',
    'submit',
    { category: 'housing', title: RAW.requestTitle, body: RAW.requestBody, attachments: ['cloud://any/contract.pdf'] },
    USER,
    { requestId: requestId() },
  );
  for (const reply of [stay, other, seat, request]) expect(reply).toMatchObject({ ok: true });
  stayId = stay.data._id;
  seatId = seat.data._id;
  requestIdOfUser = request.data.id;
  expect(
    await call('requests', 'triage', { id: requestIdOfUser, tier: 5, leadUnitId: 'unit-hrss' }, 'demo-operator', {
      requestId: requestId(),
    }),
  ).toMatchObject({ ok: true });
  expect(await call('requests', 'dispatch', { id: requestIdOfUser }, 'demo-operator', { requestId: requestId() })).toMatchObject({
    ok: true,
  });
  await call('requests', 'note', { id: requestIdOfUser, text: `internal note ${tag}` }, 'demo-operator', { requestId: requestId() });
});

let stopped = false;
afterAll(async () => {
  if (!stopped) await cloud.stop();
});

describe('account.exportMyData', () => {
  let exported: any;
  beforeAll(async () => {
    const reply = await call('account', 'exportMyData', {}, USER);
    expect(reply.ok).toBe(true);
    exported = reply.data;
  });

  it("holds the caller's stay with their own numbers opened, their led team, their request and their user record", () => {
    expect(exported.users).toMatchObject({ _id: USER });
    expect(exported.stay_applications).toEqual([
      expect.objectContaining({ _id: stayId, person: { name: RAW.name, idKind: 'passport', phone: RAW.phone, idNumber: RAW.idNumber } }),
    ]);
    expect(exported.seat_applications.led).toEqual([
      expect.objectContaining({
        _id: seatId,
        team: expect.objectContaining({
          leader: { name: RAW.leaderName, idKind: 'passport', phone: RAW.leaderPhone, idNumber: RAW.leaderId },
        }),
      }),
    ]);
    expect(exported.requests).toEqual([expect.objectContaining({ id: requestIdOfUser, title: RAW.requestTitle, status: 'dispatched' })]);
  });

  it("carries no sealed value, no internal note, and nothing of another user's", () => {
    const text = JSON.stringify(exported);
    expect(text).not.toMatch(/"sealed"|"kid"|idHash/);
    expect(text).not.toContain(`internal note ${tag}`);
    expect(text).not.toContain(RAW.otherName);
    expect(text).not.toContain(RAW.otherId);
    expect(text).not.toContain(OTHER);
  });

  it('is audit-logged as account.export', async () => {
    const { data } = await db.collection('audit_logs').where({ actor: USER }).get();
    expect(data.filter((e: { action: string }) => e.action === 'account.export')).toHaveLength(1);
  });
});

describe('account.deleteMyAccount', () => {
  const deleteId = requestId();
  let kpiBefore: unknown;
  let first: any;

  it('needs the confirmation in the payload', async () => {
    expect((await call('account', 'deleteMyAccount', {}, USER, { requestId: requestId() })).error.code).toBe('VALIDATION');
    expect((await call('account', 'deleteMyAccount', { confirm: 'yes' }, USER, { requestId: requestId() })).error.code).toBe('VALIDATION');
  });

  it('is refused (CONFLICT) while a stay or seat booking is under way, saying what to cancel', async () => {
    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER, { requestId: requestId(), locale: 'en' });
    expect(reply.error).toMatchObject({
      code: 'CONFLICT',
      message: 'Cancel your 1 active stay application and 1 active seat application before deleting your account',
    });
    expect((await call('account', 'me', {}, USER)).data.openId).toBe(USER);
  });

  let userFiles: string[];
  let otherFiles: string[];
  const pathsIn = (docs: any[]) =>
    docs
      .flatMap((d) => [...(d.documents ?? []).map((f: { fileId: string }) => f.fileId), ...(d.attachments ?? [])])
      .map((id: string) => id.replace(/^cloud:\/\/[^/]+\//, ''));

  it('succeeds once the bookings are cancelled', async () => {
    const view = cloud.store.latestView();
    const all = ['stay_applications', 'seat_applications', 'requests'].flatMap((c) => cloud.store.scan(c, view)) as any[];
    userFiles = pathsIn(all.filter((d) => d.ownerId === USER || d.applicantId === USER));
    otherFiles = pathsIn(all.filter((d) => d.ownerId === OTHER));
    expect(userFiles).toHaveLength(4); // the stay's two documents, the team's business plan, the request's attachment
    expect(otherFiles.length).toBeGreaterThan(0);
    expect(userFiles.every((path) => cloud.files.stat(path) !== null)).toBe(true);
    expect(await stays('cancel', { id: stayId }, USER, { requestId: requestId() })).toMatchObject({ ok: true });
    expect(await call('workspaces', 'cancel', { id: seatId }, USER, { requestId: requestId() })).toMatchObject({ ok: true });
    kpiBefore = (await db.collection('kpi_counters').limit(1000).get()).data;
    expect(kpiBefore).toContainEqual(expect.objectContaining({ unitId: 'unit-hrss', received: 1 }));
    first = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER, { requestId: deleteId });
    expect(first).toMatchObject({
      ok: true,
      data: { deleted: true, anonymised: { stays: 1, seats: 1, requests: 1 }, removed: { files: 4 } },
    });
  });

  it('a retry with the same requestId answers the same', async () => {
    expect(await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER, { requestId: deleteId })).toEqual(first);
  });

  it('keeps the KPI counters and the anonymised records (status, dates, station, category, unit)', async () => {
    expect((await db.collection('kpi_counters').limit(1000).get()).data).toEqual(kpiBefore);
    const stay = (await db.collection('stay_applications').doc(stayId).get()).data[0];
    expect(stay).toMatchObject({
      status: 'cancelled',
      stationId: 'station-pudong',
      ownerId: '',
      person: { name: '', idMasked: '', phoneMasked: '' },
    });
    expect(stay.person.sealed).toBeUndefined();
    const seat = (await db.collection('seat_applications').doc(seatId).get()).data[0];
    expect(seat).toMatchObject({ status: 'cancelled', seats: 1, months: 1, ownerId: '', team: { name: '', leader: { name: '' } } });
    const request = (await db.collection('requests').doc(requestIdOfUser).get()).data[0];
    expect(request).toMatchObject({
      category: 'housing',
      status: 'dispatched',
      tier: 5,
      leadUnitId: 'unit-hrss',
      title: '',
      body: '',
      applicantId: '',
    });
    expect(request.timeline.map((e: { type: string }) => e.type)).toEqual(['submit', 'triage', 'dispatch', 'note']);
  });

  it('removes the users document and the messages; a later `me` starts a fresh user; the audit entry holds no personal data', async () => {
    expect((await db.collection('users').doc(USER).get()).data).toEqual([]);
    expect((await db.collection('messages').where({ recipient: USER }).get()).data).toEqual([]);
    const { data } = await db.collection('audit_logs').where({ actor: USER }).get();
    const entries = data.filter((e: { action: string }) => e.action === 'account.delete');
    expect(entries).toHaveLength(1);
    expect(needles.some((n) => JSON.stringify(entries).includes(n))).toBe(false);
    const me = await call('account', 'me', {}, USER);
    expect(me.data).toMatchObject({ openId: USER, consent: { accepted: false } });
    expect((await stays('mine', {}, USER)).data.items).toEqual([]);
  });

  it("deletes the files they uploaded and their rate-limit windows; another user's files stay", async () => {
    expect(userFiles.filter((path) => cloud.files.stat(path) !== null)).toEqual([]);
    expect(otherFiles.every((path) => cloud.files.stat(path) !== null)).toBe(true);
    expect(first.data.removed.rateWindows).toBeGreaterThan(0);
    expect((await db.collection('rate_limits').where({ owner: USER }).get()).data).toEqual([]);
    expect((await db.collection('rate_limits').where({ owner: OTHER }).get()).data.length).toBeGreaterThan(0);
  });

  it('an operator revealing an anonymised stay or team gets NOT_FOUND (nothing left to reveal), not INTERNAL', async () => {
    expect((await stays('reveal', { id: stayId }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    expect((await call('workspaces', 'reveal', { id: seatId }, 'demo-operator')).error.code).toBe('NOT_FOUND');
  });

  it("leaves another user's data alone", async () => {
    const other = await call('account', 'exportMyData', {}, OTHER);
    expect(other.data.stay_applications).toEqual([
      expect.objectContaining({ person: expect.objectContaining({ name: RAW.otherName, idNumber: RAW.otherId }) }),
    ]);
  });

  it('leaves no name, number or text of the user in the data folder once the journal is folded (next start)', async () => {
    // The journal is append-only: the lines that wrote the data are still in it until the next start folds it into
    // the snapshot, as a database's write-ahead log holds them until a checkpoint. Restart the cloud on the folder.
    expect(cloud.store.unindexedQueries()).toEqual([]);
    stopped = true;
    await cloud.close();
    const again = await runLocalCloud({ port: 0, dataDir: cloud.dataDir, quiet: true });
    try {
      const text = folderText(cloud.dataDir);
      expect(text).toContain(RAW.otherName);
      expect(needles.filter((n) => text.toLowerCase().includes(n.toLowerCase()))).toEqual([]);
    } finally {
      await again.close();
      rmSync(cloud.dataDir, { recursive: true, force: true });
    }
  });
});
