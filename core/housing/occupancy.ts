import { daysBetween } from '../dates';
import type { Occupancy } from './model';

/** Half-open periods `[start, end)` overlap: a lease that ends on the day the next one starts does not clash. */
export const periodsOverlap = (a: { start: string; end: string }, b: { start: string; end: string }): boolean =>
  a.start < b.end && b.start < a.end;

/** Occupancies of the unit that clash with `wanted`; the holder's own (an offer becoming its lease) never does. */
export const clashesWith = (occupancies: readonly Occupancy[], wanted: Occupancy): Occupancy[] =>
  occupancies.filter((o) => o.unitId === wanted.unitId && o.holderId !== wanted.holderId && periodsOverlap(o, wanted));

/** Units with nothing on them for the whole period `[start, end)`. */
export function freeUnits<U extends { _id: string; status: string }>(input: {
  units: readonly U[];
  occupancies: readonly Occupancy[];
  start: string;
  end: string;
}): U[] {
  const { units, occupancies, start, end } = input;
  return units.filter(
    (unit) => unit.status !== 'maintenance' && !occupancies.some((o) => o.unitId === unit._id && periodsOverlap(o, { start, end })),
  );
}

/** Share of unit-days taken in `[from, to)`: the KPI page's occupancy figure, 0…1. */
export function occupancyRate(input: { unitCount: number; occupancies: readonly Occupancy[]; from: string; to: string }): number {
  const { unitCount, occupancies, from, to } = input;
  const days = daysBetween(from, to);
  if (unitCount <= 0 || days <= 0) return 0;
  const taken = occupancies.reduce((sum, o) => {
    const start = o.start > from ? o.start : from;
    const end = o.end < to ? o.end : to;
    return sum + Math.max(0, daysBetween(start, end));
  }, 0);
  return taken / (unitCount * days);
}
