import { datesUntil, type CalendarDate } from '../dates';
import { ACTIVE_STAY_STATUSES, FREE_STAY_RETURNED, HOLDING_STAY_STATUSES, type StayApplication, type StayStatus } from './model';

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
