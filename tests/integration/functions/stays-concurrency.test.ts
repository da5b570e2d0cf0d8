import { overbookedDates } from '../../../core/capacity/buckets';
import { addDays, datesUntil } from '../../../core/dates';
import { consentFirst } from '../../support/consent';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, callStays, dbOf, inDays, nightCounters, requestId, talentApplication, type Db } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
});
afterAll(() => cloud.stop());

/** `<prefix>-0` … `<prefix>-<n-1>`: the openids of a race, who consent before it starts (outside the race). */
const callers = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

const applyAs = (openId: string, stationId: string, extra: Record<string, unknown> = {}) =>
  stays('apply', talentApplication({ stationId, checkIn: inDays(30), nights: 3, ...extra }), openId, { requestId: requestId() });

async function applicationsAt(stationId: string) {
  const { data } = await db.collection('stay_applications').where({ stationId }).limit(1000).get();
  return data as Array<{ _id: string; status: string; held: { first: string; end: string } | null }>;
}

/** held ≤ capacity on every night, free + held = capacity, and each night's held = the applications holding it. */
async function expectInvariant(stationId: string, capacity: number) {
  const buckets = await nightCounters(db, 'stay_nights', stationId);
  const holding = new Map<string, number>();
  for (const app of await applicationsAt(stationId)) {
    for (const date of app.held ? datesUntil(app.held.first, app.held.end) : []) holding.set(date, (holding.get(date) ?? 0) + 1);
  }
  for (const bucket of buckets) {
    expect(bucket.capacity).toBe(capacity);
    expect(overbookedDates(bucket as never)).toEqual([]);
    for (const [date, held] of Object.entries(bucket.held)) expect([date, held]).toEqual([date, holding.get(date) ?? 0]);
  }
}

const tally = (replies: Array<{ ok: boolean; data?: { status: string }; error?: { code: string } }>) => {
  const counts: Record<string, number> = {};
  for (const r of replies) {
    const key = r.ok ? r.data!.status : r.error!.code;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe('200 simultaneous applications for the same 3 nights at a station with 5 beds', () => {
  it('exactly 5 hold the nights, 195 get NO_CAPACITY, nothing else', async () => {
    await addStation(db, 'conc-a', 5);
    await consentFirst(cloud, callers('conc-a', 200));
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => applyAs(`conc-a-${i}`, 'conc-a')));
    expect(tally(replies)).toEqual({ pending: 5, NO_CAPACITY: 195 });
    // The three nights may fall in two months, and so in two buckets.
    const buckets = await nightCounters(db, 'stay_nights', 'conc-a');
    const night = (date: string) => buckets.find((bucket) => date in bucket.held);
    for (const date of [inDays(30), inDays(31), inDays(32)]) expect([night(date)?.held[date], night(date)?.free[date]]).toEqual([5, 0]);
    expect((await applicationsAt('conc-a')).length).toBe(5);
    await expectInvariant('conc-a', 5);
  });

  it('with the waitlist asked for: exactly 5 pending and 195 waitlisted', async () => {
    await addStation(db, 'conc-b', 5);
    await consentFirst(cloud, callers('conc-b', 200));
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => applyAs(`conc-b-${i}`, 'conc-b', { joinWaitlist: true })));
    expect(tally(replies)).toEqual({ pending: 5, waitlisted: 195 });
    await expectInvariant('conc-b', 5);
  });
});

describe('cancellations racing applications', () => {
  it('never overbooks: 5 holders cancel while 100 others apply for overlapping nights', async () => {
    await addStation(db, 'conc-c', 5);
    await consentFirst(cloud, [...callers('conc-c-holder', 5), ...callers('conc-c', 100)]);
    const holders = await Promise.all(Array.from({ length: 5 }, (_, i) => applyAs(`conc-c-holder-${i}`, 'conc-c')));
    expect(tally(holders)).toEqual({ pending: 5 });
    const race = await Promise.all([
      ...holders.map((h, i) => stays('cancel', { id: h.data._id }, `conc-c-holder-${i}`)),
      // Shifted stays overlap the cancelled nights in part, so holds fail on some months/nights and compensate.
      ...Array.from({ length: 100 }, (_, i) => applyAs(`conc-c-${i}`, 'conc-c', { checkIn: inDays(29 + (i % 4)), nights: 3 })),
    ]);
    expect(tally(race.slice(0, 5))).toEqual({ cancelled: 5 });
    const outcomes = tally(race.slice(5));
    expect(Object.keys(outcomes).sort()).toEqual(expect.arrayContaining(['pending']));
    expect(Object.keys(outcomes).every((k) => k === 'pending' || k === 'NO_CAPACITY')).toBe(true);
    await expectInvariant('conc-c', 5);
  });

  it('never overbooks across a month end, with a waitlist being offered the freed nights at the same time', async () => {
    await addStation(db, 'conc-d', 5);
    await consentFirst(cloud, [...callers('conc-d-holder', 5), ...callers('conc-d-wait', 20), ...callers('conc-d', 60)]);
    // Nights that straddle two month documents: a failed second month must give the first one back.
    const firstOfMonth = datesUntil(inDays(3), inDays(60)).find((d) => d.endsWith('-01'))!;
    const checkIn = addDays(firstOfMonth, -2);
    const at = { checkIn, nights: 4 };
    const holders = await Promise.all(Array.from({ length: 5 }, (_, i) => applyAs(`conc-d-holder-${i}`, 'conc-d', at)));
    expect(tally(holders)).toEqual({ pending: 5 });
    const waiting = await Promise.all(
      Array.from({ length: 20 }, (_, i) => applyAs(`conc-d-wait-${i}`, 'conc-d', { ...at, joinWaitlist: true })),
    );
    expect(tally(waiting)).toEqual({ waitlisted: 20 });
    const race = await Promise.all([
      ...holders.map((h, i) => stays('cancel', { id: h.data._id }, `conc-d-holder-${i}`)),
      ...Array.from({ length: 60 }, (_, i) => applyAs(`conc-d-${i}`, 'conc-d', { checkIn: addDays(checkIn, i % 3), nights: 1 + (i % 4) })),
    ]);
    expect(tally(race.slice(0, 5))).toEqual({ cancelled: 5 });
    await expectInvariant('conc-d', 5);
    const statuses = tally((await applicationsAt('conc-d')).map((a) => ({ ok: true, data: a })));
    expect(Object.keys(statuses).every((k) => ['cancelled', 'pending', 'waitlisted', 'offered'].includes(k))).toBe(true);
    // The freed beds went to someone: to racing applicants or, in order, to the waitlist.
    expect((statuses.pending ?? 0) + (statuses.offered ?? 0)).toBeGreaterThanOrEqual(1);
  });
});
