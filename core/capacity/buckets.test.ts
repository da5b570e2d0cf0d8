import { afterRefusedHold, availability, holderKey, holdsByBucket, newBucket, overbookedDates } from './buckets';
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

describe('afterRefusedHold', () => {
  const dates = ['2026-12-01', '2026-12-02'];
  // December with 2 places a night; `me` and `other` are holders, `t1` this call's token.
  const month = (edit: (b: ReturnType<typeof newBucket>) => void) => {
    const b = newBucket('s1', '2026-12', 2);
    edit(b);
    return b;
  };
  const take = (b: ReturnType<typeof newBucket>, holder: string, date: string, n: number) => {
    b.free[date] -= n;
    b.held[date] += n;
    b.holders = { ...b.holders, [holderKey(holder, date)]: n };
  };
  /** Both dates held by `holder`, `n` each, its last hold call's token `call` (none: from before tokens). */
  const heldBy = (holder: string, n: number, call?: string) =>
    month((b) => {
      for (const d of dates) take(b, holder, d, n);
      if (call) b.calls = { [holder]: call };
    });
  it.each([
    ['this call wrote it (its reply was lost, the update was sent again)', heldBy('me', 1, 't1'), 1, 'held'],
    ['this call wrote it, and that filled the month', heldBy('me', 2, 't1'), 2, 'held'],
    ['another call of the same holder holds it (a second offer run)', heldBy('me', 1, 't0'), 1, 'full'],
    ['the holder holds one of the dates, from before tokens were written', month((b) => take(b, 'me', '2026-12-02', 1)), 1, 'full'],
    ['one date is full', month((b) => take(b, 'other', '2026-12-02', 2)), 1, 'full'],
    ['one date has fewer places free than asked', month((b) => take(b, 'other', '2026-12-01', 1)), 2, 'full'],
    ['every date has room (the month changed since the update)', month((b) => take(b, 'other', '2026-12-01', 1)), 1, 'room'],
    ["another holder's token is no sign of this call", heldBy('other', 2, 't1'), 1, 'full'],
    [
      'a month written before tokens and holders existed, with room',
      month((b) => {
        delete b.holders;
      }),
      2,
      'room',
    ],
  ] as const)('%s', (_what, bucket, n, verdict) => {
    expect(afterRefusedHold({ bucket, dates, n, holder: 'me', call: 't1' })).toBe(verdict);
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
