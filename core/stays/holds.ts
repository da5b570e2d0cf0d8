import { leftoverDates, statusesDoneHolding } from '../capacity/leftovers';
import { datesUntil, type CalendarDate } from '../dates';
import {
  ACTIVE_STAY_STATUSES,
  FREE_STAY_RETURNED,
  HOLDING_STAY_STATUSES,
  STAY_STATUSES,
  type StayApplication,
  type StayStatus,
} from './model';
import { STAY_TRANSITIONS } from './state';

export const heldDates = (held: StayApplication['held']): CalendarDate[] => (held ? datesUntil(held.first, held.end) : []);

/**
 * What a status change gives back. Nights: all held nights when the stay stops holding (rejected, cancelled,
 * expired, no-show); on check-out only the nights from `today` on (earlier nights were slept in). The person's
 * claim: released when the application is no longer active; their free stay too when they never had it.
 */
export function releasesOf(input: { app: Pick<StayApplication, 'held'>; from: StayStatus; to: StayStatus; today: CalendarDate }) {
  const { app, from, to, today } = input;
  const stopsHolding = HOLDING_STAY_STATUSES.includes(from) && !HOLDING_STAY_STATUSES.includes(to);
  const nights = !stopsHolding ? [] : heldDates(app.held).filter((d) => (to === 'checked-out' ? d >= today : true));
  return {
    nights,
    held: stopsHolding ? null : app.held,
    releaseClaim: ACTIVE_STAY_STATUSES.includes(from) && !ACTIVE_STAY_STATUSES.includes(to),
    returnFreeStay: FREE_STAY_RETURNED.includes(to),
  };
}

/** The statuses a stay never holds nights in again (rejected, cancelled, expired, no-show, checked out). */
export const STAY_DONE_HOLDING: readonly StayStatus[] = statusesDoneHolding({
  statuses: STAY_STATUSES,
  holding: HOLDING_STAY_STATUSES,
  transitions: STAY_TRANSITIONS,
});

/**
 * Nights still counted for a stay that does not hold them by its own account, from `today` on (`leftoverDates`):
 * a stay done holding left what its last change gives back (`releasesOf`); a waitlisted stay, once `settled`, left
 * whatever is counted for it (a change to the waitlist, or an offer, cut short).
 */
export const leftoverNights = (input: { status: StayStatus; dates: readonly CalendarDate[]; today: CalendarDate; settled: boolean }) =>
  leftoverDates({
    ...input,
    holding: HOLDING_STAY_STATUSES,
    done: STAY_DONE_HOLDING,
    released: (held) => releasesOf({ app: { held }, from: 'approved', to: input.status, today: input.today }).nights,
  });
