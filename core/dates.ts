import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

import { addDays, daysBetween, isIsoDate, shanghaiDateOf, type IsoDate } from './calendar/dates';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Dates of stay and of seat use are calendar dates in this zone (DESIGN.md, "Everywhere"). */
export const ZONE = 'Asia/Shanghai';

/** A calendar date, `YYYY-MM-DD`; the basics live in core/calendar/dates (one implementation). */
export type CalendarDate = IsoDate;
export { addDays, daysBetween, isIsoDate as isCalendarDate, shanghaiDateOf as shanghaiDate };

/** `date` plus `months` calendar months, clamped at the month's end (Jan 31 + 1 month → Feb 28). */
export const addMonths = (date: CalendarDate, months: number): CalendarDate => dayjs.utc(date).add(months, 'month').format('YYYY-MM-DD');

/** The `count` consecutive dates starting at `first` (first included). */
export const datesFrom = (first: CalendarDate, count: number): CalendarDate[] =>
  Array.from({ length: Math.max(0, count) }, (_, i) => addDays(first, i));

/** Dates from `first` up to but NOT including `end`. */
export const datesUntil = (first: CalendarDate, end: CalendarDate): CalendarDate[] => datesFrom(first, daysBetween(first, end));

/** The instant that is 12:00 in Shanghai on `date`. */
export const shanghaiNoon = (date: CalendarDate): Date => dayjs.tz(`${date} 12:00`, ZONE).toDate();

/** `YYYY-MM` of a date: the month bucket that holds its capacity counter. */
export const monthOf = (date: CalendarDate): string => date.slice(0, 7);

/** Every date of a `YYYY-MM` month. */
export const datesOfMonth = (month: string): CalendarDate[] => datesFrom(`${month}-01`, dayjs.utc(`${month}-01`).daysInMonth());
