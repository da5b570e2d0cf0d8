import { now } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { callHousing, seedHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, inDays, requestId, type Db } from '../../support/stays';

/**
 * A viewing slot's places are the households that booked it. A household whose offer ends without a lease (it
 * declines, or withdraws) will not come: its place goes back, so the next household offered can book the slot.
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

const slotDoc = async (id: string) =>
  (await db.collection('apartment_viewings').where({ _id: id }).limit(1).get()).data[0] as { count: number; bookings: string[] };

/**
 * A building of its own (`apt-viewing-<name>`, one viewing a slot) with two units and two households waiting,
 * `-first` queued before `-second`; `offer(unit)` is the operator's offer of one of its units to the list's head.
 */
async function twoWaiting(name: string) {
  const buildingId = `apt-viewing-${name}`;
  const ids = ['first', 'second'].map((who) => `${buildingId}-${who}`);
  const owners = ids.map((_, i) => `viewer-${name}-${i}`);
  await seedHousing(db, {
    now: now(),
    employerDueOn: inDays(-10),
    leaseMonths: 12,
    buildings: [{ id: buildingId, viewing: { times: ['10:00'], capacity: 1 } }],
    units: ['101', '102'].map((n) => ({ id: `${buildingId}-${n}`, buildingId })),
    waiting: ids.map((id, i) => ({ id, buildingId, ownerId: owners[i] })),
  });
  await consentFirst(cloud, owners);
  const offer = (n: string) =>
    housing('offer', { unitId: `${buildingId}-${n}`, start: inDays(10) }, 'demo-admin', { requestId: requestId() });
  const slot = { date: inDays(1), time: '10:00' };
  return { ids, owners, offer, slot, slotId: `${buildingId}_${slot.date}_1000` };
}

it('a household that declines its offer gives its viewing place back: the next one offered books the slot', async () => {
  const { ids, owners, offer, slot, slotId } = await twoWaiting('decline');
  expect((await offer('101')).data._id).toBe(ids[0]);
  expect((await housing('bookViewing', { id: ids[0], ...slot }, owners[0])).data.slot).toEqual({ ...slot, booked: 1, capacity: 1 });
  expect((await housing('declineOffer', { id: ids[0] }, owners[0])).data).toMatchObject({ status: 'waiting', viewing: null });
  expect(await slotDoc(slotId)).toMatchObject({ count: 0, bookings: [] });

  // Moved down the list: the other household is the head now, and the slot is free for it.
  expect((await offer('102')).data._id).toBe(ids[1]);
  const booked = await housing('bookViewing', { id: ids[1], ...slot }, owners[1]);
  expect(booked.data?.slot).toEqual({ ...slot, booked: 1, capacity: 1 });
});

it('a household that withdraws gives its viewing place back', async () => {
  const { ids, owners, offer, slot, slotId } = await twoWaiting('withdraw');
  expect((await offer('101')).data._id).toBe(ids[0]);
  expect((await housing('bookViewing', { id: ids[0], ...slot }, owners[0])).ok).toBe(true);
  expect((await housing('withdraw', { id: ids[0] }, owners[0])).data.status).toBe('withdrawn');
  expect(await slotDoc(slotId)).toMatchObject({ count: 0, bookings: [] });

  expect((await offer('102')).data._id).toBe(ids[1]);
  expect((await housing('bookViewing', { id: ids[1], ...slot }, owners[1])).data?.slot).toEqual({ ...slot, booked: 1, capacity: 1 });
});
