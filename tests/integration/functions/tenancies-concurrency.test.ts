import { addMonths } from '../../../core/dates';
import { overlappingPairs, type UnitPeriod } from '../../../core/housing/unit-periods';
import { callHousing, seedHousing } from '../../support/housing';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { dbOf, inDays, requestId, type Db } from '../../support/stays';

/**
 * Employer blocks keep the housing invariant (issue 14): a unit is never held by two households for overlapping
 * days. 203 calls race on eight units: operators allocating twelve blocks (each of two units, from random days,
 * several calls per block with different units) and offering the same units to the head of the waiting list.
 * Then no unit has overlapping periods of two holders, every allocated block holds exactly its units for its
 * period, and a block not allocated holds nothing anywhere.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let housing: ReturnType<typeof callHousing>;
const tenancies = (action: string, payload: unknown, openId: string) =>
  callFunction(cloud, 'tenancies', { action, payload, requestId: requestId() }, openId).then((r) => r.body);

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  housing = callHousing(cloud);
});
afterAll(() => cloud.stop());

const BUILDING = 'apt-block-race';
const UNITS = Array.from({ length: 6 }, (_, i) => `block-race-${i + 1}`);
const BLOCKS = Array.from({ length: 12 }, (_, i) => `blk-race-${String(i + 1).padStart(2, '0')}`);
// A 13th block with two units of its own (never offered, never asked by the other blocks): its three allocations race
// only each other, so exactly one wins whatever order the race takes, and the race always allocates something.
const SOLO_BLOCK = 'blk-race-13';
const SOLO_UNITS = ['block-race-7', 'block-race-8'];
const now = new Date();

async function setUp() {
  await seedHousing(db, {
    now,
    employerDueOn: inDays(-30),
    leaseMonths: 2,
    buildings: [{ id: BUILDING, name: { 'zh-CN': '区块竞争公寓', en: 'Block Race Apartments' } }],
    units: [...UNITS, ...SOLO_UNITS].map((id) => ({ id, buildingId: BUILDING })),
    waiting: Array.from({ length: 60 }, (_, i) => ({
      id: `block-race-waiting-${i}`,
      buildingId: BUILDING,
      ownerId: `block-race-waiter-${i}`,
    })),
  });
  for (const [i, id] of [...BLOCKS, SOLO_BLOCK].entries()) {
    const start = inDays(1 + ((i * 7) % 60));
    await db.collection('apartment_blocks').add({
      _id: id,
      buildingId: BUILDING,
      unitType: 'one-room',
      employer: { creditCode: '91310115MA1K3YJ2X8', name: '示例科技有限公司' },
      requestedBy: 'demo-employer',
      units: 2,
      start,
      months: 1 + (i % 2),
      end: addMonths(start, 1 + (i % 2)),
      status: 'pending',
      allocations: [],
      reason: null,
      version: 0,
      submittedAt: now,
      updatedAt: now,
    });
  }
}

const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)];
const twoUnits = () => {
  const first = pick(UNITS);
  return [first, pick(UNITS.filter((u) => u !== first))];
};

it('200 racing block allocations and offers never hold a unit twice for a day', async () => {
  await setUp();
  type Reply = { ok: boolean; error?: { code: string } };
  const races: Array<[kind: string, call: () => Promise<Reply>]> = [
    ...Array.from({ length: 120 }, (): [string, () => Promise<Reply>] => [
      'allocate',
      () => tenancies('allocateBlock', { id: pick(BLOCKS), unitIds: twoUnits() }, 'demo-operator'),
    ]),
    ...Array.from({ length: 3 }, (): [string, () => Promise<Reply>] => [
      'allocate',
      () => tenancies('allocateBlock', { id: SOLO_BLOCK, unitIds: SOLO_UNITS }, 'demo-operator'),
    ]),
    ...Array.from({ length: 80 }, (): [string, () => Promise<Reply>] => [
      'offer',
      () =>
        housing('offer', { unitId: pick(UNITS), start: inDays(1 + Math.floor(Math.random() * 90)) }, 'demo-operator', {
          requestId: requestId(),
        }),
    ]),
  ];
  const calls = races.map(([, call]) => call);
  const kinds = races.map(([kind]) => kind);
  const order = calls.map((_, i) => i).sort(() => Math.random() - 0.5);
  const replies: Reply[] = new Array(calls.length);
  await Promise.all(order.map(async (i) => (replies[i] = await calls[i]())));

  const outcomes: Record<string, number> = {};
  replies.forEach((r, i) => {
    const key = `${kinds[i]}:${r.ok ? 'ok' : r.error!.code}`;
    outcomes[key] = (outcomes[key] ?? 0) + 1;
  });
  // Every call is a decision or a refusal of the contract, never INTERNAL.
  expect(replies.filter((r) => !r.ok && !['CONFLICT', 'NOT_FOUND'].includes(r.error!.code))).toEqual([]);
  expect(outcomes['allocate:ok']).toBeGreaterThan(0);

  const { data: units } = await db.collection('apartment_units').where({ buildingId: BUILDING }).limit(10).get();
  const periods = (units as Array<{ _id: string; periods: UnitPeriod[] }>).flatMap((u) => u.periods.map((p) => ({ ...p, unitId: u._id })));
  for (const unit of units as Array<{ _id: string; periods: UnitPeriod[] }>) {
    expect({ unit: unit._id, overlaps: overlappingPairs(unit.periods) }).toEqual({ unit: unit._id, overlaps: [] });
  }
  // Each allocated block holds exactly its two units for its period; a block not allocated holds nothing.
  const { data: blocks } = await db.collection('apartment_blocks').where({ buildingId: BUILDING }).limit(20).get();
  expect(blocks.filter((b) => b.status === 'allocated')).toHaveLength(outcomes['allocate:ok']);
  expect(blocks.find((b) => b._id === SOLO_BLOCK)?.status).toBe('allocated');
  // No allocation is left half-way: every block is allocated or back to pending.
  expect(blocks.filter((b) => b.status !== 'allocated' && b.status !== 'pending')).toEqual([]);
  for (const block of blocks) {
    const held = periods.filter((p) => p.holderId.startsWith(`${block._id}-`));
    if (block.status !== 'allocated') {
      expect({ block: block._id, held }).toEqual({ block: block._id, held: [] });
      continue;
    }
    expect(held.sort((a, b) => a.holderId.localeCompare(b.holderId))).toEqual(
      block.allocations.map((a: { unitId: string; holderId: string }) => ({
        unitId: a.unitId,
        holderId: a.holderId,
        start: block.start,
        end: block.end,
        kind: 'lease',
        expiresOn: null,
      })),
    );
  }
  // Each offered application's days are its unit's.
  const { data: offered } = await db
    .collection('apartment_applications')
    .where({ buildingId: BUILDING, unitType: 'one-room', status: 'offered' })
    .limit(100)
    .get();
  expect(offered).toHaveLength(outcomes['offer:ok'] ?? 0);
  for (const app of offered) {
    expect(periods.filter((p) => p.holderId === app._id)).toEqual([
      {
        unitId: app.offer.unitId,
        start: app.offer.start,
        end: app.offer.end,
        holderId: app._id,
        kind: 'offer',
        expiresOn: app.offer.expiresOn,
      },
    ]);
  }
  console.log(`block race: ${JSON.stringify(outcomes)}`);
}, 180_000);
