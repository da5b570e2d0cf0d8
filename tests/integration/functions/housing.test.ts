import { DEFAULT_APARTMENT_POLICY } from '../../../core/housing/policy';
import { addMonths } from '../../../core/dates';
import { consentFirst } from '../../support/consent';
import { apartmentApplication, callHousing } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, inDays, requestId, today, type Db } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;

const CODE = '91310000MA1TR7XJ2K';
const BUILDING = 'apt-test';

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
  await addUser(db, 'hr-test', ['applicant', 'employer']);
  await addUser(db, 'hr-other', ['applicant', 'employer']);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-elsewhere');
  await consentFirst(cloud, ['demo-applicant', 'tenant-a', 'tenant-b', 'tenant-c', 'tenant-d', 'tenant-e']);
});
afterAll(() => cloud.stop());

const unitDoc = async (id: string) =>
  (await db.collection('apartment_units').where({ _id: id }).limit(1).get()).data[0] as {
    periods: Array<{ start: string; end: string; holderId: string; kind: string }>;
    version: number;
  };
const appDoc = async (id: string) => (await db.collection('apartment_applications').where({ _id: id }).limit(1).get()).data[0];
const apply = (openId: string, overrides: Record<string, unknown> = {}, rid = requestId()) =>
  housing('apply', apartmentApplication({ buildingId: BUILDING, employerCreditCode: CODE, ...overrides }), openId, { requestId: rid });

describe('admin: buildings, unit types, units, policy, the employer register', () => {
  const building = {
    id: BUILDING,
    name: { 'zh-CN': '测试人才公寓', en: 'Test Talent Apartments' },
    district: '浦东新区',
    address: { 'zh-CN': '测试路 1 号', en: '1 Test Road' },
    location: null,
    photos: [],
    facilities: ['健身房'],
    stationId: 'station-pudong',
    viewing: { times: ['10:00', '14:00'], capacity: 1 },
    active: true,
  };

  it.each(['demo-applicant', 'demo-operator', 'demo-employer', 'demo-unit'])('refuses %s (FORBIDDEN)', async (who) => {
    expect((await housing('saveBuilding', building, who)).error.code).toBe('FORBIDDEN');
    expect((await housing('setPolicy', { buildingId: BUILDING, policy: DEFAULT_APARTMENT_POLICY }, who)).error.code).toBe('FORBIDDEN');
    expect((await housing('saveEmployer', { creditCode: CODE, name: 'x', hrOpenIds: [], active: true }, who)).error.code).toBe('FORBIDDEN');
  });

  it('refuses a building run by a station that does not exist, on the field', async () => {
    const reply = await housing('saveBuilding', { ...building, stationId: 'station-nowhere' }, 'demo-admin');
    expect(reply.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'stationId' }] });
  });

  it('saves a building, its unit types, units and policy; the audit log has each', async () => {
    expect((await housing('saveBuilding', building, 'demo-admin')).data).toMatchObject({ _id: BUILDING, unitTypes: {} });
    for (const [type, rent] of [
      ['studio', 3000],
      ['one-room', 4000],
    ] as const) {
      const reply = await housing('saveUnitType', { buildingId: BUILDING, type, area: 40, monthlyRent: rent, deposit: rent }, 'demo-admin');
      expect(reply.ok).toBe(true);
    }
    for (const n of ['101', '102', '103']) {
      const reply = await housing(
        'saveUnit',
        { id: `${BUILDING}-${n}`, buildingId: BUILDING, number: n, floor: 1, type: 'one-room', status: 'available' },
        'demo-admin',
      );
      expect(reply.data).toMatchObject({ _id: `${BUILDING}-${n}`, periods: [], version: 0 });
    }
    const policy = { ...DEFAULT_APARTMENT_POLICY, rentShare: 0.5, maxDeclines: 3 };
    const set = await housing('setPolicy', { buildingId: BUILDING, policy }, 'demo-admin');
    expect(set.data).toMatchObject({ policy: { rentShare: 0.5 }, unitTypes: { 'one-room': { monthlyRent: 4000 } } });
    const { data } = await db.collection('audit_logs').where({ 'target.id': BUILDING }).limit(20).get();
    expect(data.map((e) => e.action).sort()).toEqual([
      'housing.saveBuilding',
      'housing.saveUnitType',
      'housing.saveUnitType',
      'housing.setPolicy',
    ]);
  });

  it('binds the employer role to a credit code: HR users must hold the role', async () => {
    const refused = await housing(
      'saveEmployer',
      { creditCode: CODE, name: '测试公司', hrOpenIds: ['demo-applicant'], active: true },
      'demo-admin',
    );
    expect(refused.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'hrOpenIds.0' }] });
    const saved = await housing('saveEmployer', { creditCode: CODE, name: '测试公司', hrOpenIds: ['hr-test'], active: true }, 'demo-admin');
    expect(saved.data).toMatchObject({ _id: CODE, hrOpenIds: ['hr-test'] });
  });

  it('shows every active building with its free units today, to anyone signed in', async () => {
    const reply = await housing('buildings', {}, 'demo-applicant');
    const byId = Object.fromEntries(reply.data.items.map((b: { _id: string }) => [b._id, b]));
    expect(Object.keys(byId).sort()).toEqual(['apt-jinqiao', BUILDING, 'apt-zhangjiang']);
    // The demo data: 24 units at Zhangjiang, 12 of them one-room, two leased now.
    expect(byId['apt-zhangjiang'].freeUnits).toEqual({ studio: 6, 'one-room': 10, 'two-rooms': 6 });
    expect(byId[BUILDING].freeUnits).toEqual({ 'one-room': 3 });
    expect((await housing('buildings', {}, null)).error.code).toBe('UNAUTHENTICATED');
  });
});

describe('apply, the employer confirms, the list, an offer, a viewing, accept', () => {
  let first: string;
  let second: string;

  it('explains every rule failed (NOT_ELIGIBLE with reasons)', async () => {
    const reply = await apply('tenant-a', {
      employerCreditCode: '91310000MA1NQTREG1',
      householdSize: 3,
      degree: 'none',
      documents: [],
    });
    expect(reply.error.code).toBe('NOT_ELIGIBLE');
    expect(reply.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual([
      'employer-in-district',
      'labour-contract',
      'social-insurance',
      'no-home',
      'degree',
      'household-size',
    ]);
  });

  it('refuses a unit type the building does not have', async () => {
    const reply = await apply('tenant-a', { unitType: 'two-rooms' });
    expect(reply.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['unit-type']);
  });

  it('stores an application awaiting the employer; a retry creates nothing twice; one per household', async () => {
    const rid = requestId();
    const passport = { kind: 'passport', number: 'E99887766' };
    const applicant = { name: '林晓', phone: '+8613800000000', identityDocument: passport };
    const reply = await apply('tenant-a', { applicant }, rid);
    expect(reply.data).toMatchObject({ status: 'awaiting-employer', ownerId: 'tenant-a', employer: { creditCode: CODE } });
    expect(JSON.stringify(reply.data)).not.toContain('E99887766');
    expect(reply.data).not.toHaveProperty('idHash');
    first = reply.data._id;
    expect((await apply('tenant-a', { applicant }, rid)).data._id).toBe(first);
    // The same identity, from another account: the household already has one.
    const again = await apply('tenant-b', { applicant });
    expect(again.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['one-per-household']);
    expect((await db.collection('apartment_applications').where({ ownerId: 'tenant-a' }).count()).total).toBe(1);
    second = (await apply('tenant-b')).data._id;
  });

  it("tells the employer's HR, who sees it in their queue; other employers do not", async () => {
    const { data } = await db.collection('messages').where({ recipient: 'hr-test' }).limit(10).get();
    expect(data.map((m) => m.template)).toEqual(['apartment_to_confirm', 'apartment_to_confirm']);
    const queue = await housing('employerQueue', {}, 'hr-test');
    expect(queue.data.items.map((a: { _id: string }) => a._id).sort()).toEqual([first, second].sort());
    expect((await housing('employerQueue', {}, 'demo-employer')).data.items.map((a: { _id: string }) => a._id)).not.toContain(first);
    expect((await housing('employerQueue', {}, 'demo-applicant')).error.code).toBe('FORBIDDEN');
  });

  it('only the named employer confirms: another HR gets NOT_FOUND, an applicant FORBIDDEN', async () => {
    expect((await housing('confirmEmployment', { id: first }, 'demo-employer')).error.code).toBe('NOT_FOUND');
    expect((await housing('confirmEmployment', { id: first }, 'tenant-a')).error.code).toBe('FORBIDDEN');
    const confirmed = await housing('confirmEmployment', { id: first }, 'hr-test');
    expect(confirmed.data).toMatchObject({ status: 'waiting' });
    expect((await housing('confirmEmployment', { id: first }, 'hr-test')).error.code).toBe('CONFLICT');
    expect((await housing('confirmEmployment', { id: second }, 'hr-test')).data.status).toBe('waiting');
  });

  it('shows the applicant their place and why others are ahead', async () => {
    const mine = await housing('mine', {}, 'tenant-b');
    expect(mine.data.applications[0]).toMatchObject({
      _id: second,
      waitingPosition: { position: 2, total: 2, aheadByPriority: 0, aheadByTime: 1 },
    });
    expect(mine.data.leases).toEqual([]);
  });

  it("the building's operators and admins see the ranked list; others are refused", async () => {
    const list = await housing('waitingList', { buildingId: BUILDING, unitType: 'one-room' }, 'demo-operator');
    expect(list.data.items.map((a: { _id: string; position: number }) => [a._id, a.position])).toEqual([
      [first, 1],
      [second, 2],
    ]);
    expect((await housing('waitingList', { buildingId: BUILDING, unitType: 'one-room' }, 'demo-admin')).ok).toBe(true);
    for (const who of ['operator-elsewhere', 'demo-applicant', 'demo-employer'])
      expect((await housing('waitingList', { buildingId: BUILDING, unitType: 'one-room' }, who)).error.code).toBe('FORBIDDEN');
  });

  it('offers a unit to the head of the list; the unit holds the offer; the applicant is told', async () => {
    const start = inDays(10);
    expect(
      (await housing('offer', { unitId: `${BUILDING}-101`, start }, 'operator-elsewhere', { requestId: requestId() })).error.code,
    ).toBe('FORBIDDEN');
    const offered = await housing('offer', { unitId: `${BUILDING}-101`, start }, 'demo-operator', { requestId: requestId() });
    expect(offered.data).toMatchObject({
      _id: first,
      status: 'offered',
      offer: { unitId: `${BUILDING}-101`, start, end: addMonths(start, 12) },
    });
    expect((await unitDoc(`${BUILDING}-101`)).periods).toEqual([
      { start, end: addMonths(start, 12), holderId: first, kind: 'offer', expiresOn: offered.data.offer.expiresOn },
    ]);
    const { data } = await db.collection('messages').where({ recipient: 'tenant-a' }).limit(10).get();
    expect(data.map((m) => m.template)).toEqual(expect.arrayContaining(['apartment_waiting', 'apartment_offered']));
    // The same unit overlapping, to the next one: refused on the unit, and the list is unchanged.
    const clash = await housing('offer', { unitId: `${BUILDING}-101`, start: inDays(20) }, 'demo-operator', { requestId: requestId() });
    expect(clash.error.code).toBe('CONFLICT');
    expect((await appDoc(second)).status).toBe('waiting');
    const next = await housing('offer', { unitId: `${BUILDING}-102`, start }, 'demo-admin', { requestId: requestId() });
    expect(next.data).toMatchObject({ _id: second, status: 'offered' });
    expect((await housing('offer', { unitId: `${BUILDING}-103`, start }, 'demo-admin', { requestId: requestId() })).error.code).toBe(
      'NOT_FOUND',
    );
  });

  it('books a viewing slot up to its capacity (1 here)', async () => {
    const slot = { date: inDays(1), time: '10:00' };
    expect((await housing('bookViewing', { id: first, ...slot }, 'tenant-b')).error.code).toBe('NOT_FOUND');
    expect((await housing('bookViewing', { id: first, date: inDays(1), time: '11:00' }, 'tenant-a')).error.issues[0].path).toBe('time');
    const booked = await housing('bookViewing', { id: first, ...slot }, 'tenant-a');
    expect(booked.data).toMatchObject({ application: { viewing: slot }, slot: { booked: 1, capacity: 1 } });
    expect((await housing('bookViewing', { id: second, ...slot }, 'tenant-b')).error.code).toBe('NO_CAPACITY');
    expect((await housing('bookViewing', { id: first, date: inDays(1), time: '14:00' }, 'tenant-a')).error.code).toBe('CONFLICT');
  });

  it('a decline moves the applicant down and gives the unit back', async () => {
    expect((await housing('declineOffer', { id: second }, 'tenant-a')).error.code).toBe('NOT_FOUND');
    const declined = await housing('declineOffer', { id: second }, 'tenant-b');
    expect(declined.data).toMatchObject({ status: 'waiting', declines: 1, offer: null });
    expect((await unitDoc(`${BUILDING}-102`)).periods).toEqual([]);
  });

  it('accepting makes the lease: the period becomes the lease, rent by the policy share', async () => {
    expect((await housing('acceptOffer', { id: first }, 'tenant-b', { requestId: requestId() })).error.code).toBe('NOT_FOUND');
    const rid = requestId();
    const accepted = await housing('acceptOffer', { id: first }, 'tenant-a', { requestId: rid });
    expect(accepted.data.application).toMatchObject({ status: 'leased', leaseId: `lease-${first}` });
    expect(accepted.data.lease).toMatchObject({
      unitId: `${BUILDING}-101`,
      monthlyRent: 2000,
      deposit: 4000,
      months: 12,
      status: 'active',
    });
    expect((await housing('acceptOffer', { id: first }, 'tenant-a', { requestId: rid })).data).toEqual(accepted.data);
    expect((await unitDoc(`${BUILDING}-101`)).periods[0]).toMatchObject({ holderId: first, kind: 'lease' });
    const mine = await housing('mine', {}, 'tenant-a');
    expect(mine.data.leases.map((l: { _id: string }) => l._id)).toEqual([`lease-${first}`]);
    // The bookings tab names the building beside the unit type.
    const name = { 'zh-CN': '测试人才公寓', en: 'Test Talent Apartments' };
    expect(mine.data.leases[0].buildingName).toEqual(name);
    expect(mine.data.applications.find((a: { _id: string }) => a._id === first).buildingName).toEqual(name);
  });
});

describe('leases: renewal, notice, move-in and move-out', () => {
  const seeded = 'lease-apt-demo-lease-1';

  it('renews within the window before the end, up to the cap; not again until the next window', async () => {
    const before = (await db.collection('apartment_leases').where({ _id: seeded }).limit(1).get()).data[0];
    expect((await housing('requestRenewal', { leaseId: seeded }, 'demo-applicant', { requestId: requestId() })).error.code).toBe(
      'NOT_FOUND',
    );
    const renewed = await housing('requestRenewal', { leaseId: seeded }, 'demo-tenant-1', { requestId: requestId() });
    expect(renewed.data).toMatchObject({ end: addMonths(before.end, 12), months: 24, renewals: [{ on: today(), months: 12 }] });
    expect((await unitDoc(before.unitId)).periods).toEqual([
      expect.objectContaining({ start: before.start, end: addMonths(before.end, 12) }),
    ]);
    const again = await housing('requestRenewal', { leaseId: seeded }, 'demo-tenant-1', { requestId: requestId() });
    expect(again.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['renewal-window']);
  });

  it('refuses a renewal when the unit is promised from the lease end', async () => {
    const lease = (await db.collection('apartment_leases').where({ _id: 'lease-apt-demo-lease-2' }).limit(1).get()).data[0];
    await db
      .collection('apartment_leases')
      .doc(lease._id)
      .update({ end: inDays(30) });
    await db
      .collection('apartment_units')
      .doc(lease.unitId)
      .update({
        periods: db.command.set([
          { start: lease.start, end: inDays(30), holderId: lease.applicationId, kind: 'lease', expiresOn: null },
          { start: inDays(30), end: inDays(400), holderId: 'someone-else', kind: 'lease', expiresOn: null },
        ]),
      });
    const refused = await housing('requestRenewal', { leaseId: lease._id }, 'demo-tenant-2', { requestId: requestId() });
    expect(refused.error.code).toBe('CONFLICT');
    const after = (await db.collection('apartment_leases').where({ _id: lease._id }).limit(1).get()).data[0];
    expect(after).toMatchObject({ end: inDays(30), renewals: [] });
  });

  it('early termination needs the notice period; then the lease and the unit end on the day', async () => {
    const leaseId = (await housing('mine', {}, 'tenant-a')).data.leases[0]._id;
    const short = await housing('giveNotice', { leaseId, moveOut: inDays(20) }, 'tenant-a');
    expect(short.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['notice-period']);
    expect((await housing('giveNotice', { leaseId, moveOut: inDays(60) }, 'tenant-b')).error.code).toBe('NOT_FOUND');
    const given = await housing('giveNotice', { leaseId, moveOut: inDays(60) }, 'tenant-a');
    expect(given.data).toMatchObject({ status: 'ending', end: inDays(60), notice: { givenOn: today(), moveOut: inDays(60) } });
    expect((await unitDoc(`${BUILDING}-101`)).periods).toEqual([expect.objectContaining({ end: inDays(60) })]);
  });

  it('the operator records move-in once and the move-out inspection; the unit is free, the household may apply again', async () => {
    const leaseId = (await housing('mine', {}, 'tenant-a')).data.leases[0]._id;
    expect((await housing('recordMoveIn', { leaseId, checklist: [] }, 'tenant-a')).error.code).toBe('FORBIDDEN');
    expect((await housing('recordMoveIn', { leaseId, checklist: [] }, 'operator-elsewhere')).error.code).toBe('FORBIDDEN');
    const moveIn = await housing('recordMoveIn', { leaseId, checklist: [{ item: '钥匙', ok: true }] }, 'demo-operator');
    expect(moveIn.data.moveIn).toEqual({ on: today(), checklist: [{ item: '钥匙', ok: true }] });
    expect((await housing('recordMoveIn', { leaseId, checklist: [] }, 'demo-operator')).error.code).toBe('CONFLICT');
    const leases = await housing('leases', { buildingId: BUILDING }, 'demo-operator');
    expect(leases.data.items.map((l: { _id: string }) => l._id)).toEqual([leaseId]);
    const out = await housing('recordMoveOut', { leaseId, inspection: '房屋完好', deductions: 0 }, 'demo-operator');
    expect(out.data).toMatchObject({ status: 'ended', moveOut: { on: today(), deductions: 0 } });
    // The lease had not begun (it starts in 10 days): nothing of it is left on the unit.
    expect((await unitDoc(`${BUILDING}-101`)).periods).toEqual([]);
    expect((await appDoc(out.data.applicationId)).status).toBe('ended');
    const passport = { kind: 'passport', number: 'E99887766' };
    const again = await apply('tenant-a', { applicant: { name: '林晓', phone: '+8613800000000', identityDocument: passport } });
    expect(again.data.status).toBe('awaiting-employer');
    expect((await housing('withdraw', { id: again.data._id }, 'tenant-a')).data.status).toBe('withdrawn');
    expect((await housing('withdraw', { id: again.data._id }, 'tenant-a')).error.code).toBe('CONFLICT');
  });
});

describe('the employer denies; the scheduler lapses late confirmations and offers', () => {
  it('a denial carries the reason to the applicant and frees the household', async () => {
    const app = (await apply('tenant-c')).data;
    expect((await housing('denyEmployment', { id: app._id, reason: '非本单位员工' }, 'hr-other')).error.code).toBe('NOT_FOUND');
    const denied = await housing('denyEmployment', { id: app._id, reason: '非本单位员工' }, 'hr-test');
    expect(denied.data).toMatchObject({ status: 'employer-denied', reason: '非本单位员工' });
    const { data } = await db.collection('messages').where({ recipient: 'tenant-c' }).limit(10).get();
    expect(data.map((m) => m.template)).toEqual(['apartment_employer_denied']);
    expect((await apply('tenant-c')).data.status).toBe('awaiting-employer');
  });

  it('lapses applications past the last day to confirm and offers past theirs', async () => {
    const late = (await apply('tenant-d')).data;
    await db
      .collection('apartment_applications')
      .doc(late._id)
      .update({ employerDueOn: inDays(-1) });
    expect((await housing('confirmEmployment', { id: late._id }, 'hr-test')).error.code).toBe('CONFLICT');
    const offered = (await apply('tenant-e')).data;
    await housing('confirmEmployment', { id: offered._id }, 'hr-test');
    // tenant-b (declined once) is still ahead; take them off first so tenant-e is the head.
    const { data: waiting } = await db
      .collection('apartment_applications')
      .where({ buildingId: BUILDING, unitType: 'one-room', status: 'waiting' })
      .limit(10)
      .get();
    for (const w of waiting.filter((a) => a._id !== offered._id)) await housing('withdraw', { id: w._id }, w.ownerId);
    const offer = await housing('offer', { unitId: `${BUILDING}-103`, start: inDays(5) }, 'demo-operator', { requestId: requestId() });
    expect(offer.data._id).toBe(offered._id);
    await db
      .collection('apartment_applications')
      .doc(offered._id)
      .update({ 'offer.expiresOn': inDays(-1) });
    const { body } = await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin');
    // And the reminder of the demo lease set to end in 30 days above.
    expect(body.data.housing).toEqual({ employerLapsed: 1, offersLapsed: 1, reminded: 1 });
    expect((await appDoc(late._id)).status).toBe('lapsed');
    expect(await appDoc(offered._id)).toMatchObject({ status: 'waiting', declines: 1, offer: null });
    expect((await unitDoc(`${BUILDING}-103`)).periods).toEqual([]);
  });

  it("reminds on an offer's last day and 60 and 30 days before a lease ends, once each", async () => {
    const { data: waiting } = await db
      .collection('apartment_applications')
      .where({ buildingId: BUILDING, unitType: 'one-room', status: 'waiting' })
      .limit(10)
      .get();
    const offer = await housing('offer', { unitId: `${BUILDING}-103`, start: inDays(5) }, 'demo-operator', { requestId: requestId() });
    expect(offer.data._id).toBe(waiting[0]._id);
    await db.collection('apartment_applications').doc(offer.data._id).update({ 'offer.expiresOn': today() });
    await db
      .collection('apartment_leases')
      .doc('lease-apt-demo-lease-3')
      .update({ end: inDays(60) });
    await db
      .collection('apartment_leases')
      .doc('lease-apt-demo-lease-2')
      .update({ end: inDays(30) });
    const run = async () => (await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin')).body.data.housing;
    // The demo lease ending in 30 days was reminded by the run above: not again today.
    expect(await run()).toEqual({ employerLapsed: 0, offersLapsed: 0, reminded: 2 });
    expect(await run()).toEqual({ employerLapsed: 0, offersLapsed: 0, reminded: 0 });
    const templates = async (recipient: string) =>
      (await db.collection('messages').where({ recipient }).limit(20).get()).data.map((m) => m.template);
    expect(await templates(offer.data.ownerId)).toContain('apartment_offer_lapsing');
    expect(await templates('demo-tenant-2')).toEqual(['apartment_lease_ending']);
    expect(await templates('demo-tenant-3')).toEqual(['apartment_lease_ending']);
  });
});
