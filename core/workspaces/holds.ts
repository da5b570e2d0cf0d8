import { statusesDoneHolding } from '../capacity/leftovers';
import { addDays, type CalendarDate } from '../dates';
import { seatReleases } from './application';
import { lastDayOf } from './rules';
import { HOLDING_SEAT_STATUSES, SEAT_STATUSES, type SeatApplication, type SeatStatus } from './model';
import { SEAT_TRANSITIONS } from './state';

/** The statuses a seat application never holds days in again. */
export const SEAT_DONE_HOLDING: readonly SeatStatus[] = statusesDoneHolding({
  statuses: SEAT_STATUSES,
  holding: HOLDING_SEAT_STATUSES,
  transitions: SEAT_TRANSITIONS,
});

/**
 * Seat days still counted for an application that does not hold them by its own account, from `today` on. Done
 * holding: its last change was cut short between its status write and its release, and what that change gives back
 * (`seatReleases`, from a holding status; ending early keeps the days up to the last day used, the day before the
 * `endDate` the change wrote) is left over. A status that may hold again (none today) leaves them only once `settled`.
 * None while it holds.
 */
export function leftoverDays(input: {
  app: Pick<SeatApplication, 'status' | 'endDate'>;
  dates: readonly CalendarDate[];
  today: CalendarDate;
  settled: boolean;
}): CalendarDate[] {
  const { app } = input;
  const dates = input.dates.filter((d) => d >= input.today).sort();
  if (HOLDING_SEAT_STATUSES.includes(app.status) || dates.length === 0) return [];
  if (!SEAT_DONE_HOLDING.includes(app.status)) return input.settled ? dates : [];
  const held = { first: dates[0], end: addDays(dates[dates.length - 1], 1) };
  const lastDay = app.status === 'ended-early' ? lastDayOf(app.endDate) : undefined;
  const { days } = seatReleases({ app: { held }, from: 'approved', to: app.status, lastDay });
  return dates.filter((d) => days.includes(d));
}
