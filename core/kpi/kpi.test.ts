import { bucketsFor, periodDates, periodSchema } from './period';
import type { TimelineEntry } from '../requests/request';
import { counterBuckets, counterIncrements } from './counters';
import { kpiEventsOf } from './events';
import { addIncrements, emptyTotals, kpiRow, medianFromHistogram, rankUnits } from './report';

describe('periodDates (both ends included)', () => {
  it.each([
    ['February of a common year', { kind: 'month', month: '2026-02' }, '2026-02-01', '2026-02-28'],
    ['Q1', { kind: 'quarter', year: 2026, quarter: 1 }, '2026-01-01', '2026-03-31'],
    ['Q4 ends on Dec 31', { kind: 'quarter', year: 2026, quarter: 4 }, '2026-10-01', '2026-12-31'],
    ['a year', { kind: 'year', year: 2026 }, '2026-01-01', '2026-12-31'],
    ['a custom range', { kind: 'custom', from: '2026-03-15', to: '2026-05-10' }, '2026-03-15', '2026-05-10'],
  ] as const)('%s', (_title, period, from, to) => {
    expect(periodDates(periodSchema.parse(period))).toEqual({ from, to });
  });

  it.each([
    ['to before from', { kind: 'custom', from: '2026-03-15', to: '2026-03-14' }],
    ['more than a year', { kind: 'custom', from: '2026-01-01', to: '2027-01-03' }],
    ['quarter 5', { kind: 'quarter', year: 2026, quarter: 5 }],
  ])('refuses %s', (_title, period) => {
    expect(periodSchema.safeParse(period).success).toBe(false);
  });
});

describe('bucketsFor: whole months as month buckets, the partial ends as days', () => {
  it.each([
    ['a quarter is three months', '2026-01-01', '2026-03-31', ['2026-01', '2026-02', '2026-03'], 0],
    ['mid-March to mid-May', '2026-03-15', '2026-05-10', ['2026-04'], 17 + 10],
    ['a range inside one month', '2026-03-10', '2026-03-12', [], 3],
    ['a single day', '2026-03-10', '2026-03-10', [], 1],
    ['over the year boundary', '2026-12-31', '2027-02-28', ['2027-01', '2027-02'], 1],
  ])('%s', (_title, from, to, months, dayCount) => {
    const buckets = bucketsFor({ from, to });
    expect(buckets.months).toEqual(months);
    expect(buckets.days).toHaveLength(dayCount);
  });
});

describe('counters', () => {
  const at = new Date('2026-03-31T17:00:00Z'); // 01:00 on April 1 in Shanghai
  it.each([
    ['received counts the category', { kind: 'received', unitId: 'u', category: 'housing', at }, { received: 1, 'byCategory.housing': 1 }],
    [
      'resolved on time',
      { kind: 'resolved', unitId: 'u', at, onTime: true, workingDays: 3 },
      { resolved: 1, resolvedOnTime: 1, 'resolveDays.d3': 1 },
    ],
    [
      'resolved late after 90 days lands in the 60+ bucket',
      { kind: 'resolved', unitId: 'u', at, onTime: false, workingDays: 90 },
      { resolved: 1, 'resolveDays.d60': 1 },
    ],
    ['an unsatisfied rating', { kind: 'rated', unitId: 'u', at, satisfied: false }, { rated: 1 }],
    ['overdue', { kind: 'overdue', unitId: 'u', at }, { overdue: 1 }],
  ] as const)('%s', (_title, event, increments) => {
    expect(counterIncrements(event)).toEqual(increments);
  });

  it('an event lands in the Shanghai month and day, not the UTC ones', () => {
    expect(counterBuckets({ kind: 'accepted', unitId: 'u', at }).map((b) => b._id)).toEqual(['m:2026-04:u', 'd:2026-04-01:u']);
  });
});

describe('medianFromHistogram (lower median)', () => {
  it.each([
    ['empty', [0, 0, 0], null],
    ['one value', [0, 0, 1], 2],
    ['even count takes the lower middle', [1, 0, 0, 1], 0],
    ['odd count', [1, 1, 1, 0], 1],
  ])('%s', (_title, histogram, median) => {
    expect(medianFromHistogram(histogram)).toBe(median);
  });
});

describe('kpiRow and rankUnits', () => {
  const totals = (fields: Partial<ReturnType<typeof emptyTotals>>) => ({ ...emptyTotals(), ...fields });

  it('rates are null without a denominator', () => {
    expect(kpiRow(emptyTotals())).toMatchObject({
      resolutionRate: null,
      onTimeRate: null,
      satisfactionRate: null,
      medianWorkingDaysToResolve: null,
    });
  });

  it('rates are ratios of the counts', () => {
    expect(kpiRow(totals({ received: 4, resolved: 2, resolvedOnTime: 1, rated: 3, satisfied: 2 }))).toMatchObject({
      resolutionRate: 0.5,
      onTimeRate: 0.5,
      satisfactionRate: 0.6667,
    });
  });

  it('ranks by on-time rate first, ties share a rank, idle units last', () => {
    const row = (unitId: string, fields: Partial<ReturnType<typeof emptyTotals>>) => ({ unitId, kpi: kpiRow(totals(fields)) });
    const ranked = rankUnits([
      row('idle', {}),
      row('late', { received: 2, resolved: 2, resolvedOnTime: 0 }),
      row('b-good', { received: 2, resolved: 2, resolvedOnTime: 2 }),
      row('a-good', { received: 2, resolved: 2, resolvedOnTime: 2 }),
    ]);
    expect(ranked.map((r) => [r.unitId, r.rank])).toEqual([
      ['a-good', 1],
      ['b-good', 1],
      ['late', 3],
      ['idle', 4],
    ]);
  });
});

describe('resolution rate of a request history, as the functions write its timeline', () => {
  const at = new Date('2026-03-10T02:00:00Z');
  const operator = { role: 'operator' as const, openId: 'op' };
  const unit = (unitId: string) => ({ role: 'unit' as const, openId: `handler-${unitId}`, unitId });
  const applicant = { role: 'applicant' as const, openId: 'talent' };
  const step = (type: TimelineEntry['type'], by: TimelineEntry['by'], data?: Record<string, unknown>): TimelineEntry => ({
    type,
    at,
    by,
    visibility: 'public',
    ...(data ? { data } : {}),
  });
  const dispatch = (unitId: string) => step('dispatch', operator, { unitId, tier: 5 });
  const accept = (unitId: string) => step('accept', unit(unitId));
  const giveBack = (unitId: string) => step('return', unit(unitId));
  const resolve = (unitId: string) => step('resolve', unit(unitId), { unitId, onTime: true, workingDays: 2 });
  const reopen = (unitId: string) => step('reopen', applicant, { unitId, satisfied: false, score: 2 });
  const rate = (unitId: string) => step('rate', applicant, { unitId, satisfied: true, score: 5 });
  const rowOf = (timeline: TimelineEntry[], unitId: string) => {
    const totals = emptyTotals();
    for (const event of kpiEventsOf({ category: 'housing', timeline }))
      if (event.unitId === unitId) addIncrements(totals, counterIncrements(event));
    return kpiRow(totals);
  };

  it.each([
    ['dispatched and resolved', [dispatch('a'), accept('a'), resolve('a')], 'a', 1],
    [
      'returned, dispatched back to the same unit, resolved: once out of once',
      [dispatch('a'), giveBack('a'), dispatch('a'), accept('a'), resolve('a')],
      'a',
      1,
    ],
    [
      'resolved, reopened by an unsatisfied rating, resolved again: not 200%',
      [dispatch('a'), accept('a'), resolve('a'), reopen('a'), resolve('a'), rate('a')],
      'a',
      1,
    ],
    ['reopened and not resolved again yet', [dispatch('a'), accept('a'), resolve('a'), reopen('a')], 'a', 0.5],
    [
      'returned as not its own: nothing to resolve, no rate',
      [dispatch('a'), giveBack('a'), dispatch('b'), accept('b'), resolve('b')],
      'a',
      null,
    ],
    ['the unit it went to after the return', [dispatch('a'), giveBack('a'), dispatch('b'), accept('b'), resolve('b')], 'b', 1],
    ['only the return of a request received in an earlier period: no rate, never a negative one', [giveBack('a')], 'a', null],
  ] as const)('%s', (_title, timeline, unitId, rate) => {
    expect(rowOf([...timeline], unitId).resolutionRate).toBe(rate);
  });

  it('a reopen counts as a rating, and as work given back to the unit', () => {
    const [event] = kpiEventsOf({ category: 'housing', timeline: [reopen('a')] });
    expect(counterIncrements(event)).toEqual({ rated: 1, reopened: 1 });
  });
});
