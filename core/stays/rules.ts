import { addDays, type CalendarDate } from '../dates';
import { reason, type Reason } from '../reasons';
import type { ApplicantType } from './model';
import type { StayPolicy } from '../stations/policy';

export const maxNightsFor = (type: ApplicantType, policy: StayPolicy): number =>
  type === 'team-member' ? policy.maxNightsTeamMember : policy.maxNights;

/** The date of check-out: the morning after the last night (the check-out date itself is not a night). */
export const checkOutDate = (checkIn: CalendarDate, nights: number): CalendarDate => addDays(checkIn, nights);

/** Nights 1..max, check-in from today + min to today + max days (both ends included). */
export function stayRequestRules(input: {
  type: ApplicantType;
  checkIn: CalendarDate;
  nights: number;
  today: CalendarDate;
  policy: StayPolicy;
}): Reason[] {
  const { type, checkIn, nights, today, policy } = input;
  const reasons: Reason[] = [];
  const max = maxNightsFor(type, policy);
  if (!Number.isInteger(nights) || nights < 1 || nights > max) {
    reasons.push(reason('nights', `入住晚数需为 1 至 ${max} 晚`, `A stay is 1 to ${max} nights`));
  }
  const earliest = addDays(today, policy.minDaysAhead);
  const latest = addDays(today, policy.maxDaysAhead);
  if (checkIn < earliest || checkIn > latest) {
    reasons.push(
      reason('check-in-window', `入住日期需在 ${earliest} 至 ${latest} 之间`, `Check-in must be between ${earliest} and ${latest}`),
    );
  }
  return reasons;
}

/**
 * Two stays overlap when they share a night. Ranges are `[checkIn, checkOut)`: a stay that ends on the morning
 * another one starts does not overlap it.
 */
export const staysOverlap = (a: { checkIn: CalendarDate; nights: number }, b: { checkIn: CalendarDate; nights: number }): boolean =>
  a.checkIn < checkOutDate(b.checkIn, b.nights) && b.checkIn < checkOutDate(a.checkIn, a.nights);
