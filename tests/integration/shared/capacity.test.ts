import tcb from '@cloudbase/node-sdk';
import { holdDates, readBuckets, releaseDates } from '../../../cloudfunctions/_shared/capacity';
import { overbookedDates } from '../../../core/capacity/buckets';
import { startTestCloud } from '../../support/local-cloud';
import { now } from '../../support/clock';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: ReturnType<ReturnType<typeof tcb.init>['database']>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
});
afterAll(() => cloud.stop());

let holders = 0;
const hold = (stationId: string, dates: string[], n: number, capacity: number, holder = `app-${(holders += 1)}`) =>
  holdDates(db, { collection: 'stay_nights', stationId, dates, n, capacity, holder, now: now() });

describe('holdDates', () => {
  it('100 simultaneous first holds of a month nobody booked yet all succeed when there is room', async () => {
    const results = await Promise.all(Array.from({ length: 100 }, () => hold('cap-a', ['2030-03-10'], 1, 1000)));
    expect(results.every(Boolean)).toBe(true);
    const [bucket] = await readBuckets(db, { collection: 'stay_nights', stationId: 'cap-a', dates: ['2030-03-10'] });
    expect([bucket.held['2030-03-10'], bucket.free['2030-03-10']]).toEqual([100, 900]);
  });

  it('holds all dates or none: a full second month gives the first month back', async () => {
    expect(await hold('cap-b', ['2030-04-01'], 2, 2)).toBe(true);
    expect(await hold('cap-b', ['2030-03-31', '2030-04-01'], 1, 2)).toBe(false);
    const buckets = await readBuckets(db, { collection: 'stay_nights', stationId: 'cap-b', dates: ['2030-03-31', '2030-04-01'] });
    const march = buckets.find((b) => b.month === '2030-03')!;
    expect(march.held['2030-03-31']).toBe(0);
    for (const b of buckets) expect(overbookedDates(b)).toEqual([]);
  });

  it('a release gives the places back for the next hold', async () => {
    expect(await hold('cap-c', ['2030-05-01'], 1, 3, 'c-1')).toBe(true);
    expect(await hold('cap-c', ['2030-05-01'], 2, 3, 'c-2')).toBe(true);
    expect(await hold('cap-c', ['2030-05-01'], 1, 3)).toBe(false);
    await releaseDates(db, { collection: 'stay_nights', stationId: 'cap-c', dates: ['2030-05-01'], n: 1, holder: 'c-1' });
    expect(await hold('cap-c', ['2030-05-01'], 1, 3)).toBe(true);
  });

  it('records the holder: a holder cannot hold the same date twice, and only its own release gives places back, once', async () => {
    const release = (holder: string, dates: string[], n: number) =>
      releaseDates(db, { collection: 'stay_nights', stationId: 'cap-d', dates, n, holder });
    expect(await hold('cap-d', ['2030-06-29', '2030-07-01'], 2, 5, 'd-1')).toBe(true);
    expect(await hold('cap-d', ['2030-07-01'], 1, 5, 'd-1')).toBe(false);
    expect(await release('d-2', ['2030-06-29', '2030-07-01'], 2)).toBe(0);
    expect(await release('d-1', ['2030-06-29', '2030-07-01'], 1)).toBe(0);
    expect(await release('d-1', ['2030-07-01'], 2)).toBe(1);
    expect(await release('d-1', ['2030-07-01'], 2)).toBe(0);
    const buckets = await readBuckets(db, { collection: 'stay_nights', stationId: 'cap-d', dates: ['2030-06-29', '2030-07-01'] });
    const byMonth = Object.fromEntries(buckets.map((b) => [b.month, b]));
    expect(byMonth['2030-06']).toMatchObject({ held: { '2030-06-29': 2 }, free: { '2030-06-29': 3 }, holders: { 'd-1|2030-06-29': 2 } });
    expect(byMonth['2030-07']).toMatchObject({ held: { '2030-07-01': 0 }, free: { '2030-07-01': 5 }, holders: {} });
    for (const b of buckets) expect(overbookedDates(b)).toEqual([]);
  });
});
