import { addDays, shanghaiDate, shanghaiNoon, type CalendarDate } from '../dates';
import dayjs from 'dayjs';

/** Mon–Fri; the scheduler passes the district's working-day calendar (issue 5) in its place. */
export const weekdaysOnly = (date: CalendarDate): boolean => {
  const day = dayjs.utc(date).day();
  return day !== 0 && day !== 6;
};

/**
 * Pending and unreviewed for `workingDays` working days → expired. Counted are the working days that have fully
 * ended, from the day after submission up to yesterday (Shanghai): submitted on a Monday with 5 working days, it
 * expires as the next Tuesday begins.
 */
export function reviewOverdue(input: {
  submittedAt: Date;
  now: Date;
  workingDays: number;
  isWorkingDay?: (date: CalendarDate) => boolean;
}): boolean {
  const isWorkingDay = input.isWorkingDay ?? weekdaysOnly;
  const today = shanghaiDate(input.now);
  let count = 0;
  for (let day = addDays(shanghaiDate(input.submittedAt), 1); day < today; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
    if (count >= input.workingDays) return true;
  }
  return false;
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
