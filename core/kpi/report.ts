import { COUNTERS, HISTOGRAM_MAX, type Counter } from './counters';

/** Counters summed over a period for one unit (or any group), with the histogram as an array by day count. */
export type CounterTotals = Record<Counter, number> & { resolveDays: number[]; byCategory: Record<string, number> };

export const emptyTotals = (): CounterTotals => ({
  ...(Object.fromEntries(COUNTERS.map((c) => [c, 0])) as Record<Counter, number>),
  resolveDays: Array.from({ length: HISTOGRAM_MAX + 1 }, () => 0),
  byCategory: {},
});

/** The lower median (the ⌈n/2⌉-th smallest value), so it is always a whole number of working days; null when empty. */
export function medianFromHistogram(histogram: readonly number[]): number | null {
  const n = histogram.reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  const rank = Math.ceil(n / 2);
  let seen = 0;
  for (let days = 0; days < histogram.length; days += 1) {
    seen += histogram[days];
    if (seen >= rank) return days;
  }
  return histogram.length - 1;
}

const ratio = (part: number, whole: number): number | null => (whole <= 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

/**
 * What the unit was given to resolve in the period: requests received, less those it returned (back to triage: not
 * its to resolve, and one dispatched to it again is received again), plus those reopened to it by an unsatisfied
 * rating (to be resolved again). Each resolution answers exactly one of these, so a request returned and
 * dispatched back, or reopened, and then resolved counts as resolved once out of once, never 50% or 200%.
 */
export const takenOn = (totals: Pick<CounterTotals, 'received' | 'returned' | 'reopened'>): number =>
  totals.received - totals.returned + totals.reopened;

/**
 * The KPI row of one unit for one period. Every figure counts events that happened in the period: requests
 * received (dispatched to the unit as lead), accepted, returned, resolved, marked overdue, rated. Rates are
 * ratios of those counts (null when the denominator is not above 0): resolution = resolved ÷ `takenOn`, so a
 * period that resolves a backlog can exceed 1; on-time = resolved by the deadline ÷ resolved; satisfaction =
 * satisfied ÷ rated.
 */
export function kpiRow(totals: CounterTotals) {
  return {
    received: totals.received,
    accepted: totals.accepted,
    resolved: totals.resolved,
    resolutionRate: ratio(totals.resolved, takenOn(totals)),
    onTimeRate: ratio(totals.resolvedOnTime, totals.resolved),
    medianWorkingDaysToResolve: medianFromHistogram(totals.resolveDays),
    returned: totals.returned,
    overdue: totals.overdue,
    rated: totals.rated,
    satisfactionRate: ratio(totals.satisfied, totals.rated),
  };
}
export type KpiRow = ReturnType<typeof kpiRow>;

const orNegative = (value: number | null) => value ?? -1;

/**
 * Units ranked best first: by on-time rate, then resolution rate, then satisfaction, then fewer overdue, then
 * more received; units that received nothing in the period come last. Ties share a rank.
 */
export function rankUnits<T extends { unitId: string; kpi: KpiRow }>(rows: readonly T[]): Array<T & { rank: number }> {
  const key = (row: T) => [
    row.kpi.received > 0 || row.kpi.resolved > 0 ? 1 : 0,
    orNegative(row.kpi.onTimeRate),
    orNegative(row.kpi.resolutionRate),
    orNegative(row.kpi.satisfactionRate),
    -row.kpi.overdue,
    row.kpi.received,
  ];
  const compare = (a: T, b: T) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i += 1) if (ka[i] !== kb[i]) return kb[i] - ka[i];
    return 0;
  };
  const sorted = [...rows].sort((a, b) => compare(a, b) || a.unitId.localeCompare(b.unitId));
  let rank = 0;
  return sorted.map((row, index) => {
    if (index === 0 || compare(sorted[index - 1], row) !== 0) rank = index + 1;
    return { ...row, rank };
  });
}

/** Adds an event's increments to in-memory totals: what a brute-force check and the bench seeding use. */
export function addIncrements(totals: CounterTotals, increments: Record<string, number>): void {
  for (const [field, n] of Object.entries(increments)) {
    if (field.startsWith('resolveDays.d')) totals.resolveDays[Number(field.slice('resolveDays.d'.length))] += n;
    else if (field.startsWith('byCategory.')) {
      const category = field.slice('byCategory.'.length);
      totals.byCategory[category] = (totals.byCategory[category] ?? 0) + n;
    } else totals[field as Counter] += n;
  }
}
