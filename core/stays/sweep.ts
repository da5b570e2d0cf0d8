import { workingDaysBetween, type CalendarSet } from '../calendar';
import type { LocalizedText } from '../contract/locale';
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

/** The day at whose noon (Shanghai) a guest not checked in becomes a no-show: the day after the check-in date. */
const noShowDay = (checkIn: CalendarDate): CalendarDate => addDays(checkIn, 1);

/** Not checked in by noon (Shanghai) the day after the check-in date → no-show. Noon itself counts as late. */
export const noShowDue = (input: { checkIn: CalendarDate; now: Date }): boolean =>
  input.now.getTime() >= shanghaiNoon(noShowDay(input.checkIn)).getTime();

/** A waitlist offer lapses at its deadline, the deadline instant included. */
export const offerLapsed = (input: { offerExpiresAt: Date | null; now: Date }): boolean =>
  input.offerExpiresAt !== null && input.now.getTime() >= new Date(input.offerExpiresAt).getTime();

/** Check-in is possible from the check-in date until the no-show deadline. */
export const checkInOpen = (input: { checkIn: CalendarDate; now: Date }): boolean =>
  shanghaiDate(input.now) >= input.checkIn && !noShowDue(input);

/**
 * What the desk is told when it checks a guest in outside that window: the day it opens, or the deadline that
 * passed (the CONFLICT's message; "the record has changed" would send the operator to refresh for nothing).
 */
export function checkInRefusal(input: { checkIn: CalendarDate; now: Date }): LocalizedText | null {
  if (checkInOpen(input)) return null;
  if (shanghaiDate(input.now) < input.checkIn)
    return {
      'zh-CN': `入住日期为 ${input.checkIn}，当天起方可办理入住`,
      en: `Check-in opens on ${input.checkIn}, the first night of the stay`,
    };
  const deadline = noShowDay(input.checkIn);
  return {
    'zh-CN': `入住办理已于 ${deadline} 12:00 截止，请标记未到`,
    en: `Check-in closed at 12:00 on ${deadline}; mark the guest as a no-show`,
  };
}

/** What the desk is told when it marks a no-show before the deadline (noon the day after check-in), or null. */
export function noShowRefusal(input: { checkIn: CalendarDate; now: Date }): LocalizedText | null {
  if (noShowDue(input)) return null;
  const deadline = noShowDay(input.checkIn);
  return {
    'zh-CN': `客人可在 ${deadline} 12:00 前办理入住，届时仍未入住才能标记未到`,
    en: `The guest may check in until 12:00 on ${deadline}; mark a no-show only after that`,
  };
}
