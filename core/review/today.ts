import { availability, type CapacityBucket } from '../capacity/buckets';
import { addDays, datesFrom, monthOf, type CalendarDate } from '../dates';
import type { Pickup } from '../stays/model';

/** How many days the operator's occupancy calendar shows, today included. */
export const OCCUPANCY_DAYS = 30;

/** Heat levels of the occupancy calendar: 0 empty … 4 full. */
export const HEAT_LEVELS = 5;

/** Today and tomorrow: the days whose arrivals and departures the operator prepares. */
export const movementDays = (today: CalendarDate): [CalendarDate, CalendarDate] => [today, addDays(today, 1)];

/** The months whose counter documents cover the calendar (`[today, today + days)`). */
export const occupancyMonths = (today: CalendarDate, days = OCCUPANCY_DAYS): string[] => [...new Set(datesFrom(today, days).map(monthOf))];

/** 0 when nothing is taken, 4 only when full; 1–3 split the rest in thirds (under 1/3, under 2/3, under full). */
export function heatLevel(input: { taken: number; capacity: number }): number {
  if (input.capacity <= 0 || input.taken <= 0) return 0;
  if (input.taken >= input.capacity) return HEAT_LEVELS - 1;
  return Math.min(HEAT_LEVELS - 2, 1 + Math.floor((input.taken / input.capacity) * (HEAT_LEVELS - 2)));
}

export interface OccupancyDay {
  date: CalendarDate;
  beds: { taken: number; capacity: number; level: number };
  seats: { taken: number; capacity: number; level: number };
}

/**
 * Beds (nights) and seats (days) taken per date for the next `days` days, from the month counters; a month with no
 * counter document yet is all free at the station's capacity.
 */
export function occupancyCalendar(input: {
  stationId: string;
  today: CalendarDate;
  beds: number;
  seats: number;
  nights: readonly CapacityBucket[];
  seatDays: readonly CapacityBucket[];
  days?: number;
}): OccupancyDay[] {
  const dates = datesFrom(input.today, input.days ?? OCCUPANCY_DAYS);
  const beds = availability({ stationId: input.stationId, dates, buckets: input.nights, capacity: input.beds });
  const seats = availability({ stationId: input.stationId, dates, buckets: input.seatDays, capacity: input.seats });
  const cell = (a: { free: number; capacity: number }) => {
    const taken = Math.max(0, a.capacity - a.free);
    return { taken, capacity: a.capacity, level: heatLevel({ taken, capacity: a.capacity }) };
  };
  return dates.map((date, i) => ({ date, beds: cell(beds[i]), seats: cell(seats[i]) }));
}

/** How long the oldest application has waited, in whole hours (null when none waits). */
export function waitingHours(input: { oldestSubmittedAt: Date | null; now: Date }): number | null {
  if (!input.oldestSubmittedAt) return null;
  return Math.max(0, Math.floor((input.now.getTime() - input.oldestSubmittedAt.getTime()) / 3_600_000));
}

/**
 * Guests leaving on the given days: checked in, with their planned check-out date (the morning after the last
 * night) among them. Early check-outs have already left and are not checked in any more.
 */
export function departuresOn<T extends { status: string; checkIn: CalendarDate; nights: number }>(
  stays: readonly T[],
  days: readonly CalendarDate[],
): Array<T & { checkOut: CalendarDate }> {
  return stays
    .filter((s) => s.status === 'checked-in')
    .map((s) => ({ ...s, checkOut: addDays(s.checkIn, s.nights) }))
    .filter((s) => days.includes(s.checkOut))
    .sort((a, b) => (a.checkOut < b.checkOut ? -1 : a.checkOut > b.checkOut ? 1 : 0));
}

/** One guest arriving or leaving, as the operator's day lists them (masked phone only). */
export interface MovementRow {
  _id: string;
  type: string;
  name: string;
  phoneMasked: string;
  checkIn: CalendarDate;
  nights: number;
  status: string;
  pickup: Pickup | null;
  checkOut?: CalendarDate;
}

export interface Waiting {
  count: number;
  oldestHours: number | null;
}

/** What `stays.today` answers. */
export interface TodayView {
  stationId: string;
  date: CalendarDate;
  days: [CalendarDate, CalendarDate];
  arrivals: MovementRow[];
  departures: MovementRow[];
  waiting: { stays: Waiting; waitlist: Waiting; seats: Waiting };
  occupancy: OccupancyDay[];
  requests: { awaitingTriage: number; overdue: number };
}
