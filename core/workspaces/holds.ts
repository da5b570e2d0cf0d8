import { leftoverDates, statusesDoneHolding } from '../capacity/leftovers';
import type { CalendarDate } from '../dates';
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
 * Seat days still counted for an application that does not hold them by its own account, from `today` on
 * (`leftoverDates`): one done holding left what its last change gives back (`seatReleases`; ending early keeps the
 * days up to the last day used, the day before the `endDate` the change wrote).
 */
export const leftoverDays = (input: {
  app: Pick<SeatApplication, 'status' | 'endDate'>;
  dates: readonly CalendarDate[];
  today: CalendarDate;
  settled: boolean;
}) =>
  leftoverDates({
    status: input.app.status,
    dates: input.dates,
    today: input.today,
    settled: input.settled,
    holding: HOLDING_SEAT_STATUSES,
    done: SEAT_DONE_HOLDING,
    released: (held) =>
      seatReleases({
        app: { held },
        from: 'approved',
        to: input.app.status,
        lastDay: input.app.status === 'ended-early' ? lastDayOf(input.app.endDate) : undefined,
      }).days,
  });
