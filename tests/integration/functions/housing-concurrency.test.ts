import { addMonths } from '../../../core/dates';
import type { ApartmentStatus } from '../../../core/housing/model';
import { overlappingPairs, type UnitPeriod } from '../../../core/housing/unit-periods';
import { callHousing, storedApplication, seedHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, inDays, requestId, type Db } from '../../support/stays';

/**
 * The housing invariant (issue 14): a unit is never offered or leased to two households for overlapping days,
 * whatever runs at the same time. 200 calls race on four units: operators offering units from random days, tenants
 * renewing and giving notice, and the holders of two offers accepting and declining them.
 * Then no unit has two households' periods overlapping, and every offer and lease recorded is its unit's.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
});
afterAll(() => cloud.stop());

const BUILDING = 'apt-race';
const UNITS = ['race-1', 'race-2', 'race-3', 'race-4'];
const LEASE_END = inDays(50);
const now = new Date();

const application = (id: string, ownerId: string, status: ApartmentStatus, queuedAt: Date, leaseId: string | null = null) =>
  storedApplication({ id, buildingId: BUILDING, ownerId, status, queuedAt, employerDueOn: inDays(-30), leaseId });

async function setUp() {
  const start = addMonths(LEASE_END, -12);
  // Units 1 to 3 are leased until LEASE_END (application `race-leased-<i>`), unit 4 is free; 80 households wait.
  const leased = UNITS.slice(0, 3);
  await seedHousing(db, {
    now,
    employerDueOn: inDays(-30),
    // One-month terms: many offers fit on a unit between days 1 and 450, so they pack tightly and clash often.
    leaseMonths: 1,
    buildings: [{ id: BUILDING, name: { 'zh-CN': '竞争公寓', en: 'Race Apartments' } }],
    units: UNITS.map((id, i) => ({
      id,
      buildingId: BUILDING,
      periods: i < leased.length ? [{ start, end: LEASE_END, holderId: `race-leased-${i}`, kind: 'lease' as const, expiresOn: null }] : [],
    })),
    waiting: Array.from({ length: 80 }, (_, i) => ({ id: `race-waiting-${i}`, buildingId: BUILDING, ownerId: `race-waiter-${i}` })),
  });
  for (const [i, unitId] of leased.entries()) {
    const appId = `race-leased-${i}`;
    await db.collection('apartment_applications').add(application(appId, `race-tenant-${i}`, 'leased', now, `lease-${appId}`));
    await db.collection('apartment_leases').add({
      _id: `lease-${appId}`,
      applicationId: appId,
      ownerId: `race-tenant-${i}`,
      buildingId: BUILDING,
      unitId,
      unitType: 'one-room',
      tenantName: `race-tenant-${i}`,
      start,
      end: LEASE_END,
      monthlyRent: 2800,
      deposit: 4000,
      months: 12,
      status: 'active',
      renewals: [],
      notice: null,
      moveIn: null,
      moveOut: null,
      signedAt: now,
      updatedAt: now,
    });
  }
}

const offer = (unitId: string, start: string) => housing('offer', { unitId, start }, 'demo-operator', { requestId: requestId() });
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const shuffle = <T>(items: T[]) =>
  items
    .map((x) => [Math.random(), x] as const)
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

it('200 racing offers, accepts, declines, renewals and early ends never hold a unit twice for a day', async () => {
  await setUp();
  // Two offers before the race: the free unit from tomorrow, and unit 1 from a day its lease's renewal would cover.
  const held = [await offer('race-4', inDays(1)), await offer('race-1', inDays(400))];
  expect(held.map((r) => r.data?.status)).toEqual(['offered', 'offered']);
  const holders = held.map((r) => ({ id: r.data._id as string, owner: r.data.ownerId as string }));

  type Reply = { ok: boolean; error?: { code: string }; data?: unknown };
  const calls: Array<() => Promise<Reply>> = [
    ...Array.from({ length: 100 }, () => () => offer(pick(UNITS), inDays(1 + Math.floor(Math.random() * 450)))),
    ...Array.from(
      { length: 30 },
      (_, i) => () =>
        housing('requestRenewal', { leaseId: `lease-race-leased-${i % 3}` }, `race-tenant-${i % 3}`, { requestId: requestId() }),
    ),
    // Notices on the first two leases only: the third is renewed unless an offer takes its unit from its end first.
    ...Array.from(
      { length: 20 },
      (_, i) => () =>
        housing('giveNotice', { leaseId: `lease-race-leased-${i % 2}`, moveOut: inDays(31 + (i % 18)) }, `race-tenant-${i % 2}`),
    ),
    ...Array.from(
      { length: 40 },
      (_, i) => () => housing('acceptOffer', { id: holders[i % 2].id }, holders[i % 2].owner, { requestId: requestId() }),
    ),
    // Only the second offer is also declined: the first is accepted by one of its accepts.
    ...Array.from({ length: 10 }, () => () => housing('declineOffer', { id: holders[1].id }, holders[1].owner)),
  ];
  expect(calls).toHaveLength(200);
  const kinds = calls.map((_, i) => (i < 100 ? 'offer' : i < 130 ? 'renewal' : i < 150 ? 'notice' : i < 190 ? 'accept' : 'decline'));
  const order = shuffle(calls.map((_, i) => i));
  const replies: Reply[] = new Array(calls.length);
  await Promise.all(order.map(async (i) => (replies[i] = await calls[i]())));

  const outcomes: Record<string, number> = {};
  replies.forEach((r, i) => {
    const key = `${kinds[i]}:${r.ok ? 'ok' : r.error!.code}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  });
  // Every call is answered with a decision or a refusal of the contract, never INTERNAL.
  expect(replies.filter((r) => !r.ok && !['CONFLICT', 'NOT_ELIGIBLE', 'NOT_FOUND'].includes(r.error!.code))).toEqual([]);
  expect(outcomes['offer:ok']).toBeGreaterThan(0);
  // One of the 20 accepts of the first offer makes its lease (nothing declines it); the rest find it made (CONFLICT).
  expect(outcomes['accept:ok']).toBeGreaterThanOrEqual(1);

  const { data: units } = await db.collection('apartment_units').where({ buildingId: BUILDING }).limit(10).get();
  for (const unit of units as Array<{ _id: string; periods: UnitPeriod[] }>) {
    expect({ unit: unit._id, overlaps: overlappingPairs(unit.periods) }).toEqual({ unit: unit._id, overlaps: [] });
  }
  // The leases and offers recorded agree with the units: each offered or leased application's days are its unit's.
  const { data: apps } = await db
    .collection('apartment_applications')
    .where({ buildingId: BUILDING, unitType: 'one-room', status: db.command.in(['offered', 'leased']) })
    .limit(200)
    .get();
  const { data: leases } = await db.collection('apartment_leases').where({ buildingId: BUILDING }).limit(200).get();
  const periodOf = (holderId: string) =>
    (units as Array<{ _id: string; periods: UnitPeriod[] }>)
      .flatMap((u) => u.periods.map((p) => ({ ...p, unitId: u._id })))
      .filter((p) => p.holderId === holderId);
  for (const app of apps) {
    if (app.status === 'offered') {
      expect(periodOf(app._id)).toEqual([
        {
          unitId: app.offer.unitId,
          start: app.offer.start,
          end: app.offer.end,
          holderId: app._id,
          kind: 'offer',
          expiresOn: app.offer.expiresOn,
        },
      ]);
    } else {
      const lease = leases.find((l) => l.applicationId === app._id);
      expect(periodOf(app._id)).toEqual([
        { unitId: lease.unitId, start: lease.start, end: lease.end, holderId: app._id, kind: 'lease', expiresOn: null },
      ]);
    }
  }
  console.log(`housing race: ${JSON.stringify(outcomes)}`);
}, 180_000);

it('30 households offered a unit race for one viewing slot of capacity 2: exactly 2 get it', async () => {
  const offer = { unitId: 'race-4', start: inDays(5), end: inDays(36), offeredOn: inDays(0), expiresOn: inDays(3) };
  await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      db.collection('apartment_applications').add({ ...application(`race-viewer-${i}`, `race-viewer-${i}`, 'offered', now), offer }),
    ),
  );
  const replies = await Promise.all(
    Array.from({ length: 30 }, (_, i) =>
      housing('bookViewing', { id: `race-viewer-${i}`, date: inDays(1), time: '10:00' }, `race-viewer-${i}`),
    ),
  );
  const codes = replies.map((r) => (r.ok ? 'ok' : r.error.code));
  expect(codes.filter((c) => c === 'ok')).toHaveLength(2);
  expect(codes.filter((c) => c !== 'ok' && c !== 'NO_CAPACITY')).toEqual([]);
  const { data } = await db
    .collection('apartment_viewings')
    .where({ buildingId: BUILDING, date: inDays(1) })
    .limit(5)
    .get();
  expect(data).toEqual([expect.objectContaining({ count: 2, capacity: 2 })]);
  expect(data[0].bookings.sort()).toEqual(replies.flatMap((r, i) => (r.ok ? [`race-viewer-${i}`] : [])).sort());
}, 60_000);
