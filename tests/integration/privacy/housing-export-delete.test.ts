import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { runLocalCloud } from '../../../local-cloud/main';
import { consentFirst } from '../../support/consent';
import { DEMO_CREDIT_CODE, apartmentApplication } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { inDays, requestId } from '../../support/stays';

/**
 * DESIGN.md, "Privacy", for talent apartments (issue 14): the account's export holds the caller's apartment
 * applications (waiting-list entries included), leases and units of employers' blocks, their own numbers opened;
 * deleting is refused while an application or lease is under way, then anonymises them (statistics keep the
 * building, unit, dates and rent) and deletes the lease PDF, so no name or number of theirs is left in the data.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const call = (fn: string, action: string, payload: unknown, openId: string) =>
  callFunction(cloud, fn, { action, payload, requestId: requestId(), locale: 'en' }, openId).then((r) => r.body);

const tag = Date.now().toString(36).toUpperCase().slice(-6).padStart(6, '0');
const USER = 'housing-deleter';
const RAW = {
  name: `Tenant${tag}`,
  phone: '+8613755556666',
  idNumber: `HT${tag}8181`,
  blockName: `Staff${tag}`,
  blockPhone: '13877778888',
  blockId: `HS${tag}9292`,
};
const needles = [RAW.name, RAW.phone, RAW.phone.slice(1), RAW.idNumber, RAW.blockName, RAW.blockPhone, RAW.blockId];

function folderText(dir: string): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((entry) => (entry.isDirectory() ? folderText(join(dir, entry.name)) : readFileSync(join(dir, entry.name), 'latin1')))
    .join('\n');
}

let applicationId: string;
let leaseId: string;
let blockLeaseId: string;
let pdfUrl: string;

beforeAll(async () => {
  cloud = await startTestCloud();
  await consentFirst(cloud, [USER, 'demo-employer']);
  // An application, confirmed by the employer, offered a unit and accepted: a lease, its PDF, signed.
  const applied = await call(
    'housing',
    'apply',
    apartmentApplication({ applicant: { name: RAW.name, phone: RAW.phone, identityDocument: { kind: 'passport', number: RAW.idNumber } } }),
    USER,
  );
  applicationId = applied.data._id;
  expect((await call('housing', 'confirmEmployment', { id: applicationId }, 'demo-employer')).ok).toBe(true);
  // Withdrawn, and again at Jinqiao, where nobody else is waiting: the user's is the head of the list.
  const unitId = 'apt-jinqiao-302';
  await call('housing', 'withdraw', { id: applicationId }, USER);
  const again = await call(
    'housing',
    'apply',
    apartmentApplication({
      buildingId: 'apt-jinqiao',
      applicant: { name: RAW.name, phone: RAW.phone, identityDocument: { kind: 'passport', number: RAW.idNumber } },
    }),
    USER,
  );
  applicationId = again.data._id;
  expect((await call('housing', 'confirmEmployment', { id: applicationId }, 'demo-employer')).ok).toBe(true);
  const offered = await call('housing', 'offer', { unitId, start: inDays(3) }, 'demo-operator');
  expect(offered.data).toMatchObject({ _id: applicationId, status: 'offered' });
  const accepted = await call('housing', 'acceptOffer', { id: applicationId }, USER);
  leaseId = accepted.data.lease._id;
  const opened = (await call('tenancies', 'leaseDocument', { leaseId }, USER)).data;
  pdfUrl = opened.url;
  expect((await call('tenancies', 'signLease', { leaseId, textHash: opened.textHash }, USER)).ok).toBe(true);
  // A unit of an employer's block, the user named as its tenant (another identity document) and confirming.
  const block = await call(
    'tenancies',
    'applyBlock',
    { creditCode: DEMO_CREDIT_CODE, buildingId: 'apt-jinqiao', unitType: 'one-room', units: 1, start: inDays(5), months: 6 },
    'demo-employer',
  );
  await call('tenancies', 'allocateBlock', { id: block.data._id, unitIds: ['apt-jinqiao-303'] }, 'demo-operator');
  const tenant = { name: RAW.blockName, phone: RAW.blockPhone, identityDocument: { kind: 'passport', number: RAW.blockId } };
  const named = await call('tenancies', 'nameTenant', { id: block.data._id, unitId: 'apt-jinqiao-303', tenant }, 'demo-employer');
  const confirmed = await call(
    'tenancies',
    'confirmTenancy',
    { code: named.data.allocations[0].tenant.code, identityDocument: tenant.identityDocument },
    USER,
  );
  blockLeaseId = confirmed.data._id;
});

let stopped = false;
afterAll(async () => {
  if (!stopped) await cloud.stop();
});

describe('account.exportMyData: housing records', () => {
  it('holds their applications (own numbers opened), leases and block tenancies, nothing sealed or hashed', async () => {
    const { data } = await call('account', 'exportMyData', {}, USER);
    expect(data.apartment_applications).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          _id: applicationId,
          status: 'leased',
          person: { name: RAW.name, idKind: 'passport', phone: RAW.phone, idNumber: RAW.idNumber },
        }),
        expect.objectContaining({ status: 'withdrawn' }),
      ]),
    );
    expect(data.apartment_leases.map((l: { _id: string }) => l._id).sort()).toEqual([blockLeaseId, leaseId].sort());
    expect(data.apartment_leases.find((l: { _id: string }) => l._id === leaseId).signature).toEqual({
      at: expect.any(String),
      textHash: expect.any(String),
    });
    expect(data.apartment_block_tenancies).toEqual([
      expect.objectContaining({
        unitId: 'apt-jinqiao-303',
        leaseId: blockLeaseId,
        employer: { creditCode: DEMO_CREDIT_CODE, name: expect.any(String) },
        tenant: {
          person: { name: RAW.blockName, idKind: 'passport', phone: RAW.blockPhone, idNumber: RAW.blockId },
          namedAt: expect.any(String),
        },
      }),
    ]);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/"sealed"|"idHash"|"ct":/);
  });
});

describe('account.deleteMyAccount: housing records', () => {
  it('is refused while an application or lease is under way, saying so', async () => {
    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER);
    expect(reply.error).toMatchObject({
      code: 'CONFLICT',
      message: 'Cancel your 3 apartment applications or leases under way before deleting your account',
      details: { activeHousing: expect.arrayContaining([applicationId, leaseId, blockLeaseId]) },
    });
  });

  it('anonymises the applications, leases and block tenancies once the leases ended, and deletes the lease PDF', async () => {
    for (const id of [leaseId, blockLeaseId]) {
      expect(
        (await call('housing', 'recordMoveOut', { leaseId: id, inspection: `墙面完好 ${RAW.name}`, deductions: 0 }, 'demo-operator')).ok,
      ).toBe(true);
    }
    const reply = await call('account', 'deleteMyAccount', { confirm: 'DELETE' }, USER);
    expect(reply.data).toMatchObject({ deleted: true, anonymised: { apartments: 2, leases: 2, blockTenancies: 1 } });
    expect((await fetch(pdfUrl)).status).toBe(404);
    const app = (await call('housing', 'reveal', { id: applicationId }, 'demo-operator')).error;
    expect(app.code).toBe('NOT_FOUND');
    expect((await call('housing', 'reveal', { id: blockLeaseId }, 'demo-operator')).error.code).toBe('NOT_FOUND');
    // What statistics keep: the leases' building, unit, dates and rent.
    const leases = (await call('housing', 'leases', { buildingId: 'apt-jinqiao', status: 'ended' }, 'demo-operator')).data.items;
    expect(leases.find((l: { _id: string }) => l._id === leaseId)).toMatchObject({
      ownerId: '',
      tenantName: '',
      unitId: 'apt-jinqiao-302',
      status: 'ended',
    });
  });

  let folded = '';
  it('leaves no name, number or text of theirs in the data folder once the journal is folded (next start)', async () => {
    expect(cloud.store.unindexedQueries()).toEqual([]);
    stopped = true;
    await cloud.close();
    const again = await runLocalCloud({ port: 0, dataDir: cloud.dataDir, quiet: true });
    try {
      folded = folderText(cloud.dataDir);
    } finally {
      await again.close();
      rmSync(cloud.dataDir, { recursive: true, force: true });
    }
    // The records themselves; stored replies are the next test's.
    const records = folded
      .split('\n')
      .filter((line) => !line.includes('"c":"idempotency"'))
      .join('\n');
    expect(needles.filter((n) => records.toLowerCase().includes(n.toLowerCase()))).toEqual([]);
  });

  // An operator's stored reply of `housing.offer` (idempotency, kept for retries) holds the application's view, the
  // applicant's name with it: it names them among its `subjects`, and deleting their account removes it too.
  it('leaves their name in no stored reply of a staff action either', () => {
    expect(folded).toContain('"c":"idempotency"');
    expect(needles.filter((n) => folded.toLowerCase().includes(n.toLowerCase()))).toEqual([]);
  });
});
