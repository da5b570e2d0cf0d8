import { daysBetween, shanghaiDate, type CalendarDate } from '../dates';
import { reason, type Reason } from '../reasons';
import type { StayStatus } from './model';

/** Pickup can be asked for while the stay is still to come. */
export const PICKUP_STATUSES: readonly StayStatus[] = ['pending', 'approved'];

/** The arrival must be within `days` calendar days of the check-in date (Shanghai), either side, ends included. */
export function pickupRules(input: { checkIn: CalendarDate; arrivalAt: Date; now: Date; days: number }): Reason[] {
  const reasons: Reason[] = [];
  const gap = Math.abs(daysBetween(input.checkIn, shanghaiDate(input.arrivalAt)));
  if (gap > input.days) {
    reasons.push(
      reason('arrivalAt', `到达时间需在入住日前后 ${input.days} 天内`, `Arrival must be within ${input.days} day(s) of check-in`),
    );
  }
  if (input.arrivalAt.getTime() <= input.now.getTime()) {
    reasons.push(reason('arrivalAt', '到达时间需晚于当前时间', 'Arrival must be in the future'));
  }
  return reasons;
}
