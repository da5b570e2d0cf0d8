import { addDays, daysBetween } from '../calendar/dates';
import { autoOfferStart, leaseTerm, renewal } from './lease';
import type { LeaseStatus } from './model';
import type { ApartmentPolicy } from './policy';
import { periodsOverlap } from './occupancy';
import { livePeriods, type UnitPeriod } from './unit-periods';

// What the operators' allocation board and lease list show, worked out from the units' periods and the leases
// (the housing function's `units` and `leases` replies): pure, so the screens only draw it.

/** A unit's state for a wanted lease period: free for all of it, or why not. */
export type BoardUnitState = 'free' | 'offered' | 'leased' | 'maintenance';

export interface BoardUnit<U> {
  unit: U;
  state: BoardUnitState;
  /** The live period in the way (the first one by start), when offered or leased. */
  holder: UnitPeriod | null;
  /** The first day from which nothing live holds the unit any more (today's reading), or null when free now. */
  freeFrom: string | null;
}

interface UnitLike {
  status: string;
  periods: readonly UnitPeriod[];
}

/**
 * Each unit's state for the lease period `[start, end)` as of `today`: under maintenance, held by a live offer or
 * lease that overlaps the period (lapsed offers do not count, as `changePeriods` decides), or free. Free units come
 * first, then the others by the day they free up.
 */
export function boardUnits<U extends UnitLike>(input: { units: readonly U[]; start: string; end: string; today: string }): BoardUnit<U>[] {
  const { start, end, today } = input;
  const rows = input.units.map((unit): BoardUnit<U> => {
    const live = livePeriods(unit.periods, today);
    const lastEnd = live.reduce<string | null>((latest, p) => (p.end > today && (!latest || p.end > latest) ? p.end : latest), null);
    if (unit.status === 'maintenance') return { unit, state: 'maintenance', holder: null, freeFrom: null };
    const holder = [...live].sort((a, b) => a.start.localeCompare(b.start)).find((p) => periodsOverlap(p, { start, end })) ?? null;
    if (!holder) return { unit, state: 'free', holder: null, freeFrom: null };
    return { unit, state: holder.kind === 'offer' ? 'offered' : 'leased', holder, freeFrom: lastEnd };
  });
  const rank = (row: BoardUnit<U>) => (row.state === 'free' ? 0 : row.state === 'maintenance' ? 2 : 1);
  return rows.sort((a, b) => rank(a) - rank(b) || (a.freeFrom ?? '').localeCompare(b.freeFrom ?? ''));
}

/** How many units are free for the whole lease period from each of `dates` (the board's "free by date" strip). */
export function freeByDate(input: {
  units: readonly UnitLike[];
  dates: readonly string[];
  months: (start: string) => string;
  today: string;
}) {
  return input.dates.map((date) => ({
    date,
    free: boardUnits({ units: input.units, start: date, end: input.months(date), today: input.today }).filter((r) => r.state === 'free')
      .length,
  }));
}

/**
 * What a building whose policy offers automatically (`autoOffer`) offers on `today`: the lease's start (the day after
 * the offer's last day, `autoOfferStart`) and the units free for a whole lease term from it, available and of a type
 * it lets, as the board shows them for that start. The rest wait until they free up; a building without the policy
 * offers nothing by itself.
 */
export function unitsToOfferNow<U extends UnitLike & { type: string }>(input: {
  policy: ApartmentPolicy;
  unitTypes: Readonly<Record<string, unknown>>;
  units: readonly U[];
  today: string;
}): { start: string; units: U[] } {
  const start = autoOfferStart(input.today, input.policy);
  if (!input.policy.autoOffer) return { start, units: [] };
  const term = leaseTerm(start, input.policy.leaseMonths);
  const offerable = input.units.filter((u) => u.status === 'available' && input.unitTypes[u.type] !== undefined);
  const free = boardUnits({ units: offerable, ...term, today: input.today }).filter((row) => row.state === 'free');
  return { start, units: free.map((row) => row.unit) };
}

/** The offers out on a building's units (live ones), soonest deadline first. */
export function pendingOffers<U extends UnitLike & { _id: string }>(units: readonly U[], today: string) {
  return units
    .flatMap((unit) => livePeriods(unit.periods, today).flatMap((p) => (p.kind === 'offer' ? [{ unit, period: p }] : [])))
    .sort((a, b) => (a.period.expiresOn ?? '').localeCompare(b.period.expiresOn ?? ''));
}

/** The lease list's filters: ending within 60 or 30 days, renewed by the tenant, notice given, ended, or all. */
export const LEASE_FILTERS = ['all', 'ending-60', 'ending-30', 'renewed', 'notice', 'ended'] as const;
export type LeaseFilter = (typeof LEASE_FILTERS)[number];

interface LeaseLike {
  status: LeaseStatus;
  end: string;
  renewals: readonly unknown[];
  notice: unknown;
}

/** Days from `today` to the lease's end (the move-out day); negative once past. */
export const daysToEnd = (lease: Pick<LeaseLike, 'end'>, today: string): number => daysBetween(today, lease.end);

export function leaseMatches(lease: LeaseLike, filter: LeaseFilter, today: string): boolean {
  const open = lease.status !== 'ended';
  switch (filter) {
    case 'all':
      return true;
    case 'ending-60':
      return open && lease.end <= addDays(today, 60);
    case 'ending-30':
      return open && lease.end <= addDays(today, 30);
    case 'renewed':
      return open && lease.renewals.length > 0;
    case 'notice':
      return open && lease.notice !== null;
    case 'ended':
      return !open;
  }
}

/** Whether the tenant may ask for a renewal today (core `renewal`: within the window, under the cumulative cap). */
export const renewalOpen = (input: {
  lease: Pick<LeaseLike, 'status' | 'end'> & { start: string; months: number };
  today: string;
  policy: ApartmentPolicy;
}): boolean =>
  input.lease.status === 'active' &&
  renewal({ lease: input.lease, today: input.today, policy: input.policy, monthsSoFar: input.lease.months }).ok;
