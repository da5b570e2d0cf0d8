import type { CalendarDate } from '../dates';
import type { SeatStatus } from './model';
import { endDateAfter } from './rules';

/**
 * A station's seat map (`seat_maps`, `_id` = station): the seat numbers reserved by each assignment, keyed by
 * application and then by the attempt that reserved them, and a version per seat number that every reservation of
 * that number bumps. A reservation is one update conditional on the versions of its numbers, so two operators
 * deciding about the same number from the same map cannot both commit; different numbers never wait on each other.
 */
export interface SeatMap {
  _id: string;
  /** Seat number → how many reservations have taken it (absent: never). */
  versions?: Record<string, number>;
  taken?: Record<string, Record<string, SeatReservation>>;
}

export interface SeatReservation {
  seatNumbers: number[];
  first: CalendarDate;
  /** The day after the last day (excluded). */
  end: CalendarDate;
}

/**
 * The seat numbers others hold, as `seatNumberProblems` reads them: every reservation in the map except those of
 * `applicationId` itself (only one of its attempts can ever approve it, so they never compete with each other),
 * plus the approved applications read beside it (bookings approved before the map existed).
 */
export function seatHolders(input: {
  map: SeatMap | null;
  applicationId: string;
  approved: ReadonlyArray<{ _id: string; seatNumbers: readonly number[]; held: { first: CalendarDate; end: CalendarDate } | null }>;
}): Array<{ seatNumbers: readonly number[]; held: { first: CalendarDate; end: CalendarDate } | null }> {
  const reserved = Object.entries(input.map?.taken ?? {})
    .filter(([appId]) => appId !== input.applicationId)
    .flatMap(([, attempts]) => Object.values(attempts))
    .map((r) => ({ seatNumbers: r.seatNumbers, held: { first: r.first, end: r.end } }));
  const approved = input.approved.filter((a) => a._id !== input.applicationId);
  return [...reserved, ...approved];
}

/** The versions of `seatNumbers` as read in `map` (null: never reserved), for the reservation's condition. */
export const seatVersions = (map: SeatMap, seatNumbers: readonly number[]): Record<string, number | null> =>
  Object.fromEntries(seatNumbers.map((n) => [String(n), map.versions?.[String(n)] ?? null]));

/** Seat numbers someone else holds on any day of `period` (`[first, end)`): what a seat map shows as taken. */
export function takenDuring(input: {
  period: { first: CalendarDate; end: CalendarDate };
  others: ReadonlyArray<{ seatNumbers: readonly number[]; held: { first: CalendarDate; end: CalendarDate } | null }>;
}): number[] {
  const taken = new Set(
    input.others.filter((o) => o.held && o.held.first < input.period.end && input.period.first < o.held.end).flatMap((o) => o.seatNumbers),
  );
  return [...taken].sort((a, b) => a - b);
}

/**
 * Until when the seat numbers of an application that stops holding stay reserved in the seat map (the new `end` of
 * its reservations, excluded), or null when they go back at once. A term ended early keeps its numbers up to its
 * last day used, as it keeps its days: another team given them from tomorrow would share a desk until then.
 */
export const seatNumbersKeptUntil = (input: { to: SeatStatus; lastDay?: CalendarDate }): CalendarDate | null =>
  input.to === 'ended-early' && input.lastDay ? endDateAfter(input.lastDay) : null;
