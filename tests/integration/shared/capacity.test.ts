import tcb from '@cloudbase/node-sdk';
import { holdDates, readBuckets, releaseDates } from '../../../cloudfunctions/_shared/capacity';
import { overbookedDates } from '../../../core/capacity/buckets';
import { startTestCloud } from '../../support/local-cloud';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: ReturnType<ReturnType<typeof tcb.init>['database']>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
});
afterAll(() => cloud.stop());

const hold = (stationId: string, dates: string[], n: number, capacity: number) =>
  holdDates(db, { collection: 'stay_nights', stationId, dates, n, capacity });

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
    expect(await hold('cap-c', ['2030-05-01'], 3, 3)).toBe(true);
    expect(await hold('cap-c', ['2030-05-01'], 1, 3)).toBe(false);
    await releaseDates(db, { collection: 'stay_nights', stationId: 'cap-c', dates: ['2030-05-01'], n: 1 });
    expect(await hold('cap-c', ['2030-05-01'], 1, 3)).toBe(true);
  });
});
