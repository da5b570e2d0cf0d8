import type { CalendarDate } from '../dates';

/**
 * The order in which waitlisted applications are offered freed places: first submitted first, ties broken by id
 * so every instance agrees. Only those whose first date is still at least `earliestStart` can be offered.
 */
export function waitlistCandidates<T extends { _id: string; submittedAt: Date; firstDate: CalendarDate }>(
  waitlisted: readonly T[],
  earliestStart: CalendarDate,
): T[] {
  return waitlisted
    .filter((a) => a.firstDate >= earliestStart)
    .sort((a, b) => new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime() || a._id.localeCompare(b._id));
}
