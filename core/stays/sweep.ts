import { workingDaysBetween, type CalendarSet } from '../calendar';
import { addDays, shanghaiDate, shanghaiNoon, type CalendarDate } from '../dates';

/**
 * Pending and unreviewed for `workingDays` working days → expired. Counted are the working days that have fully
 * ended, from the day after submission up to yesterday (Shanghai), by the district's calendar (holidays and
 * make-up workdays; a year with no calendar counts Mon–Fri): submitted on a Monday with 5 working days, it
 * expires as the next Tuesday begins.
 */
export function reviewOverdue(input: { submittedAt: Date; now: Date; workingDays: number; calendars: CalendarSet }): boolean {
  const yesterday = addDays(shanghaiDate(input.now), -1);
  const { days } = workingDaysBetween({ from: shanghaiDate(input.submittedAt), to: yesterday, calendars: input.calendars });
  return days >= input.workingDays;
}

/** Not checked in by noon (Shanghai) the day after the check-in date → no-show. Noon itself counts as late. */
export const noShowDue = (input: { checkIn: CalendarDate; now: Date }): boolean =>
  input.now.getTime() >= shanghaiNoon(addDays(input.checkIn, 1)).getTime();

/** A waitlist offer lapses at its deadline, the deadline instant included. */
export const offerLapsed = (input: { offerExpiresAt: Date | null; now: Date }): boolean =>
  input.offerExpiresAt !== null && input.now.getTime() >= new Date(input.offerExpiresAt).getTime();

/** Check-in is possible from the check-in date until the no-show deadline. */
export const checkInOpen = (input: { checkIn: CalendarDate; now: Date }): boolean =>
  shanghaiDate(input.now) >= input.checkIn && !noShowDue(input);
