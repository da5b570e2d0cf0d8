import * as z from 'zod';
import { calendarDate } from './date-schema';
import { yearOf, type IsoDate } from './dates';
import { text } from '../contract/text';

/**
 * One year of the mainland calendar as the State Council publishes it: the days off (法定节假日 and the weekends
 * folded into them) and the weekend days worked instead (调休). Every other Monday–Friday is a working day.
 * Stored in the `calendars` collection as `_id: '<year>'`; an admin loads or replaces it each year.
 */
export interface YearCalendar {
  year: string;
  holidays: IsoDate[];
  workdays: IsoDate[];
  /** Where the dates come from, e.g. the notice's number and date. */
  source: string;
}

/** The calendars known to a computation, by year. A year missing here makes a result provisional. */
export type CalendarSet = Readonly<Record<string, YearCalendar>>;

export const calendarSet = (calendars: readonly YearCalendar[]): CalendarSet =>
  Object.fromEntries(calendars.map((calendar) => [calendar.year, calendar]));

export const yearCalendarSchema = z
  .object({
    year: z.string().regex(/^20\d\d$/),
    holidays: z.array(calendarDate).max(60),
    workdays: z.array(calendarDate).max(20),
    source: text({ max: 200 }),
  })
  .strict()
  .superRefine((calendar, ctx) => {
    const check = (field: 'holidays' | 'workdays') =>
      calendar[field].forEach((date, index) => {
        if (yearOf(date) !== calendar.year) ctx.addIssue({ code: 'custom', path: [field, index], message: `not in ${calendar.year}` });
      });
    check('holidays');
    check('workdays');
    const both = calendar.holidays.filter((date) => calendar.workdays.includes(date));
    if (both.length > 0) ctx.addIssue({ code: 'custom', path: ['workdays'], message: `both a holiday and a workday: ${both.join(', ')}` });
  });
