import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, callStays, dbOf, file, inDays, newIdCard, requestId, talentApplication, type Db } from '../../support/stays';

/**
 * DESIGN.md, "Privacy": identity document numbers and phone numbers are stored only encrypted. Applications go in
 * through `/fn` with numbers no other test uses; then every byte the local cloud wrote (journal, snapshot) and
 * every line logged meanwhile is searched for them. Only `reveal`, by the station's operator, gives them back.
 */

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;
const seats = (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'workspaces', { action, payload, ...extra }, openId).then((r) => r.body);

const tag = Date.now().toString(36).toUpperCase().slice(-6).padStart(6, '0');
/** The numbers submitted below; none may be found on disk or in the logs. */
const RAW = {
  applicantId: `PA${tag}7315`,
  applicantPhone: '+8613712345678',
  guestId: `PG${tag}8426`,
  guestPhone: '+4915198765432',
  leaderId: newIdCard(),
  leaderPhone: '+8613655554444',
  memberId: `PM${tag}9537`,
  memberPhone: '13912349537',
};
/** Forms a leak could take: the number as typed (compared ignoring case); a phone's digits, and without its country code. */
const needles = Object.values(RAW).flatMap((value) => {
  const digits = value.replace(/\D/g, '');
  return value.startsWith('+') ? [value, digits, digits.slice(-10)] : [value];
});

/** Everything the test process and the functions' worker threads print, and the application ids. */
const logged: string[] = [];
const spies: jest.SpyInstance[] = [];
let stayId: string;
let guestStayId: string;
let seatId: string;

function captureLogs(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write.bind(stream);
    spies.push(
      jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
        logged.push(String(chunk));
        return write(chunk as string, ...rest);
      }) as typeof stream.write),
    );
  }
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    spies.push(
      jest.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        logged.push(args.map((a) => (a instanceof Error ? `${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      }),
    );
  }
}

/** Every file of the cloud's data folder, as text. Acknowledged writes are already on disk (the journal fsyncs first). */
function dataFolderText(dir = cloud.dataDir): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? dataFolderText(join(dir, entry.name)) : readFileSync(join(dir, entry.name), 'utf8')))
    .join('\n');
}

const leaksIn = (text: string) => needles.filter((needle) => text.toLowerCase().includes(needle.toLowerCase()));

beforeAll(async () => {
  captureLogs();
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await addStation(db, 'station-other', 4, 4);
  await addUser(db, 'privacy-operator-elsewhere', ['applicant', 'operator'], 'station-other');
  await consentFirst(cloud, ['privacy-applicant', 'demo-employer', 'privacy-team']);

  const applied = await stays(
    'apply',
    talentApplication({
      applicant: { name: 'Privacy Probe', phone: RAW.applicantPhone, identityDocument: { kind: 'passport', number: RAW.applicantId } },
    }),
    'privacy-applicant',
    { requestId: requestId() },
  );
  const guest = await stays(
    'applyForGuest',
    {
      stationId: 'station-pudong',
      checkIn: inDays(41),
      nights: 2,
      purpose: 'visiting-expert',
      employerName: 'Privacy Probe GmbH',
      documents: [file('passport')],
      guest: { name: 'Privacy Guest', phone: RAW.guestPhone, identityDocument: { kind: 'passport', number: RAW.guestId } },
    },
    'demo-employer',
    { requestId: requestId() },
  );
  const team = await seats(
    'apply',
    {
      stationId: 'station-pudong',
      seats: 2,
      months: 1,
      startDate: inDays(12),
      documents: [file('business-plan')],
      team: {
        name: 'Privacy Team',
        leader: { name: 'Privacy Leader', phone: RAW.leaderPhone, identityDocument: { kind: 'id-card', number: RAW.leaderId } },
        members: [{ name: 'Privacy Member', phone: RAW.memberPhone, identityDocument: { kind: 'passport', number: RAW.memberId } }],
        projectSummary: 'A project that keeps personal data sealed',
      },
    },
    'privacy-team',
    { requestId: requestId() },
  );
  for (const reply of [applied, guest, team]) expect(reply).toMatchObject({ ok: true });
  stayId = applied.data._id;
  guestStayId = guest.data._id;
  seatId = team.data._id;
});

afterAll(async () => {
  for (const spy of spies) spy.mockRestore();
  await cloud.stop();
});

describe('personal data at rest', () => {
  it('the data folder holds the applications, but none of the identity or phone numbers in clear', () => {
    const text = dataFolderText();
    for (const name of ['Privacy Probe', 'Privacy Guest', 'Privacy Leader', 'Privacy Member']) expect(text).toContain(name);
    expect(text).toContain('"kid"');
    expect(leaksIn(text)).toEqual([]);
  });

  it('the replies and lists show the numbers masked only', async () => {
    const replies = [
      await stays('get', { id: stayId }, 'privacy-applicant'),
      await stays('get', { id: stayId }, 'demo-operator'),
      await stays('queue', {}, 'demo-operator'),
      await stays('mine', {}, 'demo-employer'),
      await seats('get', { id: seatId }, 'demo-operator'),
      await seats('mine', {}, 'privacy-team'),
    ];
    for (const reply of replies) expect(reply.ok).toBe(true);
    expect(replies[0].data.person).toEqual({
      name: 'Privacy Probe',
      phoneMasked: '*********5678',
      idKind: 'passport',
      idMasked: `********7315`,
    });
    const text = JSON.stringify(replies);
    expect(text).not.toMatch(/"sealed"|"kid"/);
    expect(leaksIn(text)).toEqual([]);
  });
});

describe('stays.reveal', () => {
  it("gives the station's operator the numbers and records who saw them", async () => {
    expect(await stays('reveal', { id: stayId }, 'demo-operator')).toEqual({
      ok: true,
      data: { id: stayId, name: 'Privacy Probe', idKind: 'passport', idNumber: RAW.applicantId, phone: RAW.applicantPhone },
    });
    expect((await stays('reveal', { id: guestStayId }, 'demo-operator')).data).toMatchObject({
      idNumber: RAW.guestId,
      phone: RAW.guestPhone,
    });
    const { data } = await db.collection('audit_logs').where({ 'target.id': stayId }).get();
    expect(data.filter((e: { action: string }) => e.action === 'stays.reveal')).toEqual([
      expect.objectContaining({
        actor: 'demo-operator',
        target: { collection: 'stay_applications', id: stayId },
        before: 'pending',
        after: 'pending',
      }),
    ]);
  });

  it.each([
    ["another station's operator", 'privacy-operator-elsewhere'],
    ['the applicant themself', 'privacy-applicant'],
    ['an admin (not an operator of the station)', 'demo-admin'],
  ])('refuses %s (FORBIDDEN), recording nothing', async (_t, openId) => {
    expect((await stays('reveal', { id: stayId }, openId)).error.code).toBe('FORBIDDEN');
    const { data } = await db.collection('audit_logs').where({ 'target.id': stayId, actor: openId }).get();
    expect(data).toEqual([]);
  });

  it('answers NOT_FOUND for an unknown application', async () => {
    expect((await stays('reveal', { id: 'stay-nonexistent' }, 'demo-operator')).error.code).toBe('NOT_FOUND');
  });
});

describe('workspaces.reveal', () => {
  it("gives the station's operator the leader's and members' numbers and records it", async () => {
    expect(await seats('reveal', { id: seatId }, 'demo-operator')).toEqual({
      ok: true,
      data: {
        id: seatId,
        leader: { name: 'Privacy Leader', idKind: 'id-card', idNumber: RAW.leaderId, phone: RAW.leaderPhone },
        members: [{ name: 'Privacy Member', idKind: 'passport', idNumber: RAW.memberId, phone: RAW.memberPhone }],
      },
    });
    const { data } = await db.collection('audit_logs').where({ 'target.id': seatId }).get();
    expect(data.filter((e: { action: string }) => e.action === 'workspaces.reveal')).toEqual([
      expect.objectContaining({ actor: 'demo-operator', target: { collection: 'seat_applications', id: seatId } }),
    ]);
  });

  it.each([
    ["another station's operator", 'privacy-operator-elsewhere'],
    ['the team leader themself', 'privacy-team'],
  ])('refuses %s (FORBIDDEN)', async (_t, openId) => {
    expect((await seats('reveal', { id: seatId }, openId)).error.code).toBe('FORBIDDEN');
  });
});

describe('after the reveals', () => {
  it('the data folder (audit log included) and everything logged still hold no number in clear', () => {
    expect(leaksIn(dataFolderText())).toEqual([]);
    expect(leaksIn(logged.join('\n'))).toEqual([]);
  });
});
