import { availability, holdsByBucket, newBucket, overbookedDates } from './buckets';
import { waitlistCandidates } from './waitlist';

describe('holdsByBucket', () => {
  it('puts a stay inside one month in one bucket', () => {
    expect(holdsByBucket('s1', ['2026-12-02', '2026-12-01'])).toEqual([
      { id: 's1:2026-12', month: '2026-12', dates: ['2026-12-01', '2026-12-02'] },
    ]);
  });
  it('splits a stay across a year end into two buckets, in date order', () => {
    expect(holdsByBucket('s1', ['2026-12-31', '2027-01-01']).map((h) => h.id)).toEqual(['s1:2026-12', 's1:2027-01']);
  });
});

describe('newBucket and availability', () => {
  it('starts every date of the month free', () => {
    const b = newBucket('s1', '2026-02', 5);
    expect(Object.keys(b.free)).toHaveLength(28);
    expect(overbookedDates(b)).toEqual([]);
  });
  it('reads free places from the bucket, and a missing month as entirely free', () => {
    const b = newBucket('s1', '2026-12', 5);
    b.free['2026-12-31'] = 0;
    b.held['2026-12-31'] = 5;
    expect(availability({ stationId: 's1', dates: ['2026-12-31', '2027-01-01'], buckets: [b], capacity: 5 })).toEqual([
      { date: '2026-12-31', free: 0, capacity: 5 },
      { date: '2027-01-01', free: 5, capacity: 5 },
    ]);
  });
  it.each([
    ['held above capacity', { free: -1, held: 6 }, true],
    ['counters that do not add up', { free: 3, held: 3 }, true],
    ['exactly full', { free: 0, held: 5 }, false],
  ])('overbookedDates flags %s: %s', (_t, day, flagged) => {
    const b = newBucket('s1', '2026-12', 5);
    b.free['2026-12-01'] = day.free;
    b.held['2026-12-01'] = day.held;
    expect(overbookedDates(b)).toEqual(flagged ? ['2026-12-01'] : []);
  });
});

describe('waitlistCandidates', () => {
  const at = (s: string) => new Date(`2026-11-20T${s}Z`);
  it('offers first submitted first, ties by id, and skips stays that would start too soon', () => {
    const list = [
      { _id: 'b', submittedAt: at('10:00:00'), firstDate: '2026-12-01' },
      { _id: 'a', submittedAt: at('10:00:00'), firstDate: '2026-12-01' },
      { _id: 'c', submittedAt: at('09:00:00'), firstDate: '2026-12-01' },
      { _id: 'd', submittedAt: at('08:00:00'), firstDate: '2026-11-23' },
    ];
    expect(waitlistCandidates(list, '2026-11-24').map((x) => x._id)).toEqual(['c', 'a', 'b']);
  });
});
