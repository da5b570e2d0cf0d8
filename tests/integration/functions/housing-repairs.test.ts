import { tick } from '../../../cloudfunctions/scheduler/tick';
import { PENDING_SUBMIT_GRACE_MS } from '../../../core/capacity/pending';
import { addMonths } from '../../../core/dates';
import type { UnitPeriod } from '../../../core/housing/unit-periods';
import { now } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { DEMO_CREDIT_CODE, callHousing, storedApplication, storedBuilding, storedUnit } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { dbOf, inDays, newPassport, requestId, type Db } from '../../support/stays';

/**
 * A renewal, a notice or a move-out writes the lease, then the unit's period (and, for a move-out, the application).
 * Cut short between the two (a crash, a timeout), the unit and the lease disagree. Reproduced here by the action,
 * then the unit (and application) put back as they were before it. The scheduler's run, once past the grace, makes
 * the unit follow the lease (cloudfunctions/_shared/housing/repairs.ts), once. An accept cut short before its
 * lease is finished, or put back when the unit is no longer the household's.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
  await consentFirst(cloud, ['demo-tenant-1', 'demo-tenant-2', 'demo-tenant-3', 'demo-employer', 'repair-block-tenant']);
});
afterAll(() => cloud.stop());

const leaseDoc = async (id: string) => (await db.collection('apartment_leases').where({ _id: id }).limit(1).get()).data[0];
const unitDoc = async (id: string) =>
  (await db.collection('apartment_units').where({ _id: id }).limit(1).get()).data[0] as { periods: UnitPeriod[]; version: number };
const appDoc = async (id: string) => (await db.collection('apartment_applications').where({ _id: id }).limit(1).get()).data[0];
/** The unit as it was before the action: its own write never happened. */
const unitWriteLost = async (unitId: string, periods: UnitPeriod[]) =>
  db
    .collection('apartment_units')
    .doc(unitId)
    .update({ periods: db.command.set(periods), version: (await unitDoc(unitId)).version + 1 });
const pastGrace = () => new Date(now().getTime() + PENDING_SUBMIT_GRACE_MS + 60_000);

/**
 * A building of its own (`apt-repair-<name>`) with one unit, `-101`, and one household's application, `-app`, waiting
 * or already offered that unit (which then holds the offer); `offer(start)` is the operator's offer of the unit.
 */
async function household(name: string, offered: boolean) {
  const at = now();
  const building = storedBuilding({ id: `apt-repair-${name}`, leaseMonths: 12, now: at });
  const unitId = `${building._id}-101`;
  const appId = `${building._id}-app`;
  const made = { unitId, start: inDays(10), end: addMonths(inDays(10), 12), offeredOn: inDays(0), expiresOn: inDays(3) };
  const held: UnitPeriod = { start: made.start, end: made.end, holderId: appId, kind: 'offer', expiresOn: made.expiresOn };
  await db.collection('apartment_buildings').add(building);
  await db.collection('apartment_units').add(storedUnit({ id: unitId, buildingId: building._id, periods: offered ? [held] : [], now: at }));
  const app = storedApplication({
    id: appId,
    buildingId: building._id,
    ownerId: `repair-${name}`,
    status: offered ? 'offered' : 'waiting',
    queuedAt: at,
    employerDueOn: inDays(-10),
    offer: offered ? made : null,
  });
  await db.collection('apartment_applications').add(app);
  await consentFirst(cloud, [app.ownerId]);
  const offer = (start: string) => housing('offer', { unitId, start }, 'demo-admin', { requestId: requestId() });
  return { app, unitId, held, at, offer };
}

it('a renewal whose unit was not extended: the next run past the grace extends it, once', async () => {
  const id = 'lease-apt-demo-lease-1';
  const before = await leaseDoc(id);
  const unit = await unitDoc(before.unitId);
  const renewed = await housing('requestRenewal', { leaseId: id }, 'demo-tenant-1', { requestId: requestId() });
  expect(renewed.data).toMatchObject({ end: addMonths(before.end, 12) });
  await unitWriteLost(before.unitId, unit.periods);

  // Within the grace the renewal may still be on its way to the unit.
  expect((await tick(db, now())).housingRepaired).toBe(0);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
  expect((await unitDoc(before.unitId)).periods).toEqual([{ ...unit.periods[0], end: addMonths(before.end, 12) }]);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
});

it('a renewal whose unit was promised to another household meanwhile is taken back, as the action would have', async () => {
  const id = 'lease-apt-demo-lease-2';
  const lease = await leaseDoc(id);
  // Into the renewal window, as housing.test.ts does.
  await db
    .collection('apartment_leases')
    .doc(id)
    .update({ end: inDays(30) });
  const own: UnitPeriod = { start: lease.start, end: inDays(30), holderId: lease.applicationId, kind: 'lease', expiresOn: null };
  await unitWriteLost(lease.unitId, [own]);
  const renewed = await housing('requestRenewal', { leaseId: id }, 'demo-tenant-2', { requestId: requestId() });
  expect(renewed.data).toMatchObject({ end: addMonths(inDays(30), 12), months: 24 });
  const other: UnitPeriod = { start: inDays(30), end: inDays(400), holderId: 'someone-else', kind: 'lease', expiresOn: null };
  await unitWriteLost(lease.unitId, [own, other]);

  expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
  expect(await leaseDoc(id)).toMatchObject({ end: inDays(30), months: 12, renewals: [] });
  expect((await unitDoc(lease.unitId)).periods).toEqual([own, other]);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
});

describe('demo-tenant-3 gives notice, then moves out', () => {
  const id = 'lease-apt-demo-lease-3';

  it('a notice whose unit was not shortened: the unit is free from the move-out day', async () => {
    const lease = await leaseDoc(id);
    const unit = await unitDoc(lease.unitId);
    const given = await housing('giveNotice', { leaseId: id, moveOut: inDays(60) }, 'demo-tenant-3');
    expect(given.data).toMatchObject({ status: 'ending', end: inDays(60) });
    await unitWriteLost(lease.unitId, unit.periods);

    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect((await unitDoc(lease.unitId)).periods).toEqual([{ ...unit.periods[0], end: inDays(60) }]);
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  });

  it('a move-out cut short after the lease: the unit is free from today, the application ends', async () => {
    const lease = await leaseDoc(id);
    const unit = await unitDoc(lease.unitId);
    const out = await housing('recordMoveOut', { leaseId: id, inspection: '房屋完好', deductions: 0 }, 'demo-operator');
    expect(out.data).toMatchObject({ status: 'ended' });
    await unitWriteLost(lease.unitId, unit.periods);
    await db.collection('apartment_applications').doc(lease.applicationId).update({ status: 'leased' });

    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect((await unitDoc(lease.unitId)).periods).toEqual([{ ...unit.periods[0], end: out.data.end }]);
    expect((await appDoc(lease.applicationId)).status).toBe('ended');
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  });
});

describe('an accept cut short before its lease', () => {
  /** An offered household of a building of its own, whose unit holds the offer; accepted, then its lease lost. */
  async function acceptedWithoutLease(name: string) {
    const { app, held } = await household(name, true);
    const accepted = await housing('acceptOffer', { id: app._id }, app.ownerId, { requestId: requestId() });
    expect(accepted.data.application).toMatchObject({ status: 'leased' });
    await db.collection('apartment_leases').doc(accepted.data.lease._id).remove();
    return { app, held, lease: accepted.data.lease };
  }

  it('the unit still holds the offer: the run accepts it and writes the lease the accept would have', async () => {
    const { app, held, lease } = await acceptedWithoutLease('finish');
    await unitWriteLost(app.offer!.unitId, [held]);

    expect((await tick(db, now())).housingRepaired).toBe(0);
    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect((await unitDoc(app.offer!.unitId)).periods).toEqual([{ ...held, kind: 'lease', expiresOn: null }]);
    expect(await leaseDoc(lease._id)).toEqual({ ...lease, signedAt: new Date(lease.signedAt), updatedAt: new Date(lease.updatedAt) });
    expect((await appDoc(app._id)).status).toBe('leased');
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  });

  it("the unit is another household's now: the application goes back to offered", async () => {
    const { app, held } = await acceptedWithoutLease('undo');
    const other: UnitPeriod = { ...held, holderId: 'someone-else', kind: 'lease', expiresOn: null };
    await unitWriteLost(app.offer!.unitId, [other]);

    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect(await appDoc(app._id)).toMatchObject({ status: 'offered', leaseId: null });
    expect((await unitDoc(app.offer!.unitId)).periods).toEqual([other]);
    expect(await leaseDoc(`lease-${app._id}`)).toBeUndefined();
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  });
});

it('an offer cut short before the unit: the household goes back to the list, no decline counted, and is offered again', async () => {
  const { app, unitId, at, offer } = await household('offer', false);
  expect((await offer(inDays(10))).data).toMatchObject({ _id: app._id, status: 'offered' });
  await unitWriteLost(unitId, []);
  // Meanwhile the household booked a viewing of the offer: its place goes back with the offer.
  const slot = { date: inDays(1), time: '10:00' };
  expect((await housing('bookViewing', { id: app._id, ...slot }, app.ownerId)).ok).toBe(true);
  const slotDoc = async () =>
    (
      await db
        .collection('apartment_viewings')
        .where({ _id: `${app.buildingId}_${slot.date}_1000` })
        .limit(1)
        .get()
    ).data[0];

  expect((await tick(db, now())).housingRepaired).toBe(0);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
  expect(await appDoc(app._id)).toMatchObject({ status: 'waiting', offer: null, declines: 0, queuedAt: at });
  expect(await slotDoc()).toMatchObject({ count: 0, bookings: [] });
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  expect((await offer(inDays(10))).data).toMatchObject({ _id: app._id, status: 'offered' });
  expect((await unitDoc(unitId)).periods.map((p) => p.holderId)).toEqual([app._id]);
});

it('a decline cut short before the unit: the run gives the unit back, and the household may be offered it again', async () => {
  const { app, unitId, offer } = await household('decline', false);
  expect((await offer(inDays(10))).data).toMatchObject({ status: 'offered' });
  const offered = (await unitDoc(unitId)).periods;
  expect((await housing('declineOffer', { id: app._id }, app.ownerId)).data).toMatchObject({ status: 'waiting' });
  await unitWriteLost(unitId, offered);
  // The unit's offer stays for nobody: the household itself cannot be offered it from another day.
  expect((await offer(inDays(11))).error).toMatchObject({ code: 'CONFLICT' });

  expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
  expect((await unitDoc(unitId)).periods).toEqual([]);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  expect((await offer(inDays(11))).data).toMatchObject({ _id: app._id, status: 'offered' });
});

describe('a viewing place given back by nobody', () => {
  const slotDoc = async (id: string) => (await db.collection('apartment_viewings').where({ _id: id }).limit(1).get()).data[0];

  it('a withdrawal cut short before the slot: the run past the grace gives the place back, once', async () => {
    const { app, offer } = await household('viewing-withdraw', false);
    expect((await offer(inDays(10))).data).toMatchObject({ status: 'offered' });
    const slot = { date: inDays(1), time: '10:00' };
    const slotId = `${app.buildingId}_${slot.date}_1000`;
    expect((await housing('bookViewing', { id: app._id, ...slot }, app.ownerId)).ok).toBe(true);
    const booked = await slotDoc(slotId);
    expect((await housing('withdraw', { id: app._id }, app.ownerId, { requestId: requestId() })).data).toMatchObject({
      status: 'withdrawn',
    });
    // Its release never happened: the place stays booked, and the application no longer names it.
    await db
      .collection('apartment_viewings')
      .doc(slotId)
      .update({ count: booked.count, bookings: db.command.set(booked.bookings) });

    expect((await tick(db, now())).housingRepaired).toBe(0);
    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect(await slotDoc(slotId)).toMatchObject({ count: 0, bookings: [] });
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
  });

  it('a booking cut short before the application: its place stays while the offer is open, and goes when it ends', async () => {
    const { app, offer } = await household('viewing-booking', false);
    expect((await offer(inDays(10))).data).toMatchObject({ status: 'offered' });
    const slot = { date: inDays(1), time: '10:00' };
    const slotId = `${app.buildingId}_${slot.date}_1000`;
    expect((await housing('bookViewing', { id: app._id, ...slot }, app.ownerId)).ok).toBe(true);
    await db.collection('apartment_applications').doc(app._id).update({ viewing: null });

    // Offered and naming no slot: a booking may still be on its way to the application.
    expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
    expect(await slotDoc(slotId)).toMatchObject({ count: 1, bookings: [app._id] });
    expect((await housing('declineOffer', { id: app._id }, app.ownerId)).data).toMatchObject({ status: 'waiting' });
    expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
    expect(await slotDoc(slotId)).toMatchObject({ count: 0, bookings: [] });
  });
});

it("a block tenant's confirmation cut short before the lease: the run writes the lease it would have, once", async () => {
  const tenancies = (action: string, payload: unknown, openId: string) =>
    callFunction(cloud, 'tenancies', { action, payload, requestId: requestId() }, openId).then((r) => r.body);
  const unitId = 'apt-zhangjiang-302';
  const block = {
    creditCode: DEMO_CREDIT_CODE,
    buildingId: 'apt-zhangjiang',
    unitType: 'one-room',
    units: 1,
    start: inDays(10),
    months: 6,
  };
  const asked = await tenancies('applyBlock', block, 'demo-employer');
  expect(asked.data).toMatchObject({ status: 'pending' });
  const id = asked.data._id;
  expect((await tenancies('allocateBlock', { id, unitIds: [unitId] }, 'demo-operator')).data).toMatchObject({ status: 'allocated' });
  const tenant = { name: '何书桓', phone: '13800001111', identityDocument: { kind: 'passport', number: newPassport() } };
  const named = await tenancies('nameTenant', { id, unitId, tenant }, 'demo-employer');
  const { code } = named.data.allocations[0].tenant;
  const lease = (await tenancies('confirmTenancy', { code, identityDocument: tenant.identityDocument }, 'repair-block-tenant')).data;
  expect(lease).toMatchObject({ blockId: id, ownerId: 'repair-block-tenant', unitId });
  // Cut short after the block's write: no lease, and the code not yet spent.
  await db.collection('apartment_leases').doc(lease._id).remove();
  await db.collection('apartment_invites').add({ _id: code, blockId: id, holderId: lease.applicationId, createdAt: now() });

  expect((await tick(db, now())).housingRepaired).toBe(0);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(1);
  const stored = await leaseDoc(lease._id);
  expect({ ...stored, signedAt: stored.signedAt.toISOString(), updatedAt: stored.updatedAt.toISOString() }).toEqual(lease);
  expect((await db.collection('apartment_invites').where({ _id: code }).limit(1).get()).data).toEqual([]);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
});

it('more than a page of each to repair: one run repairs them all, though each repair moves its record out of the query', async () => {
  const at = now();
  const building = storedBuilding({ id: 'apt-repair-many', leaseMonths: 12, now: at });
  await db.collection('apartment_buildings').add(building);
  const many = 130; // the repairs read 100 records a query
  const made = (unitId: string) => ({
    unitId,
    start: inDays(10),
    end: addMonths(inDays(10), 12),
    offeredOn: inDays(0),
    expiresOn: inDays(3),
  });
  const units = [];
  const apps = [];
  for (let i = 0; i < many; i += 1) {
    // An offer cut short before its unit: offered, the unit free.
    const free = `${building._id}-free-${i}`;
    units.push(storedUnit({ id: free, buildingId: building._id, now: at }));
    apps.push({
      ...storedApplication({
        id: `${building._id}-offered-${i}`,
        buildingId: building._id,
        ownerId: `many-${i}`,
        status: 'offered',
        queuedAt: at,
        employerDueOn: inDays(-10),
        offer: made(free),
      }),
    });
    // A decline cut short before its unit: waiting, the unit still holding the offer.
    const stray = `${building._id}-stray-${i}`;
    const declined = `${building._id}-declined-${i}`;
    const held: UnitPeriod = { start: inDays(10), end: addMonths(inDays(10), 12), holderId: declined, kind: 'offer', expiresOn: inDays(3) };
    units.push(storedUnit({ id: stray, buildingId: building._id, periods: [held], now: at }));
    apps.push(
      storedApplication({
        id: declined,
        buildingId: building._id,
        ownerId: `many-${i}`,
        status: 'waiting',
        queuedAt: at,
        employerDueOn: inDays(-10),
      }),
    );
  }
  for (const unit of units) await db.collection('apartment_units').add(unit);
  for (const app of apps) await db.collection('apartment_applications').add(app);

  expect((await tick(db, pastGrace())).housingRepaired).toBe(2 * many);
  const stillOffered = await db.collection('apartment_applications').where({ buildingId: building._id, status: 'offered' }).count();
  expect(stillOffered.total).toBe(0);
  expect((await tick(db, pastGrace())).housingRepaired).toBe(0);
});
