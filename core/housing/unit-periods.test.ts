import { changePeriods, livePeriods, overlappingPairs, type PeriodChange, type UnitPeriod } from './unit-periods';

const lease = (holderId: string, start: string, end: string): UnitPeriod => ({ start, end, holderId, kind: 'lease', expiresOn: null });
const offer = (holderId: string, start: string, end: string, expiresOn: string): UnitPeriod => ({
  start,
  end,
  holderId,
  kind: 'offer',
  expiresOn,
});
const TODAY = '2026-06-01';

describe('livePeriods', () => {
  it('keeps leases and offers not yet lapsed; drops offers past their last day', () => {
    const periods = [
      lease('a', '2026-01-01', '2027-01-01'),
      offer('b', '2027-01-01', '2028-01-01', '2026-06-01'),
      offer('c', '2028-01-01', '2029-01-01', '2026-05-31'),
    ];
    expect(livePeriods(periods, TODAY).map((p) => p.holderId)).toEqual(['a', 'b']);
  });
});

describe('changePeriods', () => {
  const base = [lease('a', '2026-01-01', '2026-07-01')];
  it.each<[string, UnitPeriod[], PeriodChange, string[] | string]>([
    [
      'an offer starting on the move-out day fits',
      base,
      { kind: 'offer', holderId: 'b', start: '2026-07-01', end: '2027-07-01', expiresOn: '2026-06-04' },
      ['a', 'b'],
    ],
    [
      'an offer overlapping a lease is refused',
      base,
      { kind: 'offer', holderId: 'b', start: '2026-06-30', end: '2027-06-30', expiresOn: '2026-06-04' },
      'unit-taken',
    ],
    [
      "a block's hold from the move-out day fits, as a lease",
      base,
      { kind: 'hold', holderId: 'blk-1', start: '2026-07-01', end: '2027-01-01' },
      ['a', 'blk-1'],
    ],
    [
      "a block's hold overlapping a lease is refused",
      base,
      { kind: 'hold', holderId: 'blk-1', start: '2026-06-01', end: '2027-01-01' },
      'unit-taken',
    ],
    [
      "a block's hold over a live offer of another household is refused",
      [offer('b', '2026-08-01', '2027-08-01', '2026-06-03')],
      { kind: 'hold', holderId: 'blk-1', start: '2026-07-01', end: '2026-09-01' },
      'unit-taken',
    ],
    [
      'a second hold by the same holder is refused',
      [lease('blk-1', '2026-07-01', '2027-01-01')],
      { kind: 'hold', holderId: 'blk-1', start: '2027-01-01', end: '2027-06-01' },
      'no-hold',
    ],
    [
      'an offer over a lapsed offer fits, the lapsed one is dropped',
      [offer('x', '2026-07-01', '2027-07-01', '2026-05-30')],
      { kind: 'offer', holderId: 'b', start: '2026-07-01', end: '2027-07-01', expiresOn: '2026-06-04' },
      ['b'],
    ],
    [
      'a second offer to the same holder is refused',
      [offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'offer', holderId: 'b', start: '2028-07-01', end: '2029-07-01', expiresOn: '2026-06-04' },
      'no-hold',
    ],
    [
      'accepting the own live offer makes it a lease',
      [offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'accept', holderId: 'b' },
      ['b'],
    ],
    [
      'accepting a lapsed offer is refused',
      [offer('b', '2026-07-01', '2027-07-01', '2026-05-04')],
      { kind: 'accept', holderId: 'b' },
      'no-hold',
    ],
    ['extending into nothing fits', base, { kind: 'extend', holderId: 'a', end: '2027-07-01' }, ['a']],
    [
      'extending into another offer is refused',
      [...base, offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'extend', holderId: 'a', end: '2027-07-01' },
      'unit-taken',
    ],
    ['shortening within the lease fits', base, { kind: 'shorten', holderId: 'a', end: '2026-06-15' }, ['a']],
    ['shortening to the start day is refused', base, { kind: 'shorten', holderId: 'a', end: '2026-01-01' }, 'no-hold'],
    [
      'the same offer again, already made (its reply lost), is made with nothing changed',
      [...base, offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'offer', holderId: 'b', start: '2026-07-01', end: '2027-07-01', expiresOn: '2026-06-04' },
      ['a', 'b'],
    ],
    [
      'the same offer with another last day is a second offer: refused',
      [offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'offer', holderId: 'b', start: '2026-07-01', end: '2027-07-01', expiresOn: '2026-06-05' },
      'no-hold',
    ],
    [
      'the same offer over a lease of its holder (accepted since) is refused',
      [lease('b', '2026-07-01', '2027-07-01')],
      { kind: 'offer', holderId: 'b', start: '2026-07-01', end: '2027-07-01', expiresOn: '2026-06-04' },
      'no-hold',
    ],
    [
      "the same block's hold again is made with nothing changed",
      [lease('blk-1', '2026-07-01', '2027-01-01')],
      { kind: 'hold', holderId: 'blk-1', start: '2026-07-01', end: '2027-01-01' },
      ['blk-1'],
    ],
    [
      'accepting an offer already accepted is made with nothing changed',
      [lease('b', '2026-07-01', '2027-07-01')],
      { kind: 'accept', holderId: 'b' },
      ['b'],
    ],
    [
      'extending to the end already extended to is made with nothing changed',
      base,
      { kind: 'extend', holderId: 'a', end: '2026-07-01' },
      ['a'],
    ],
    ['extending to before the end is refused', base, { kind: 'extend', holderId: 'a', end: '2026-06-30' }, 'no-hold'],
    [
      'releasing drops the holder',
      [...base, offer('b', '2026-07-01', '2027-07-01', '2026-06-04')],
      { kind: 'release', holderId: 'b' },
      ['a'],
    ],
  ])('%s', (_title, periods, change, expected) => {
    const decision = changePeriods({ unitId: 'u1', periods, change, today: TODAY });
    if (typeof expected === 'string') expect(decision).toEqual({ ok: false, reasons: [expect.objectContaining({ rule: expected })] });
    else expect(decision.ok && decision.periods.map((p) => p.holderId)).toEqual(expected);
  });

  it('an extension keeps the start and moves the end', () => {
    const decision = changePeriods({
      unitId: 'u1',
      periods: base,
      change: { kind: 'extend', holderId: 'a', end: '2027-07-01' },
      today: TODAY,
    });
    expect(decision).toEqual({ ok: true, periods: [lease('a', '2026-01-01', '2027-07-01')] });
  });
});

describe('overlappingPairs', () => {
  it('finds overlaps of different holders only, half-open', () => {
    expect(overlappingPairs([lease('a', '2026-01-01', '2026-07-01'), lease('b', '2026-07-01', '2027-01-01')])).toEqual([]);
    expect(overlappingPairs([lease('a', '2026-01-01', '2026-07-02'), lease('b', '2026-07-01', '2027-01-01')])).toHaveLength(1);
  });
});
