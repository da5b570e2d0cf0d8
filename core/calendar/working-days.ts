import { addDays, weekdayOf, yearOf, type IsoDate } from './dates';
import type { CalendarSet } from './year-calendar';

/** A result computed from at least one date whose year has no loaded calendar (weekdays were assumed). */
export interface Provisional {
  provisional: boolean;
}

/**
 * Whether the date is a working day. In a loaded year: a make-up workday is one, a holiday is not, otherwise
 * Monday–Friday. In a year with no calendar: Monday–Friday, marked provisional.
 */
export function isWorkingDay(input: { date: IsoDate; calendars: CalendarSet }): { working: boolean } & Provisional {
  const { date, calendars } = input;
  const weekday = weekdayOf(date);
  const plainWeekday = weekday !== 0 && weekday !== 6;
  const calendar = calendars[yearOf(date)];
  if (!calendar) return { working: plainWeekday, provisional: true };
  if (calendar.workdays.includes(date)) return { working: true, provisional: false };
  if (calendar.holidays.includes(date)) return { working: false, provisional: false };
  return { working: plainWeekday, provisional: false };
}

/**
 * The `days`-th working day strictly after `from` (`from` itself never counts, whatever it is); `days: 0` is
 * `from`. Provisional when any date examined lies in a year with no calendar.
 */
export function addWorkingDays(input: { from: IsoDate; days: number; calendars: CalendarSet }): { date: IsoDate } & Provisional {
  const { from, days, calendars } = input;
  let date = from;
  let counted = 0;
  let provisional = false;
  while (counted < days) {
    date = addDays(date, 1);
    const day = isWorkingDay({ date, calendars });
    provisional ||= day.provisional;
    if (day.working) counted += 1;
  }
  return { date, provisional };
}

/**
 * Working days in the range after `from` up to and including `to`, so that
 * `workingDaysBetween(from, addWorkingDays(from, n)) === n`. Zero when `to` is not after `from`.
 */
export function workingDaysBetween(input: { from: IsoDate; to: IsoDate; calendars: CalendarSet }): { days: number } & Provisional {
  const { from, to, calendars } = input;
  let days = 0;
  let provisional = false;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    const day = isWorkingDay({ date, calendars });
    provisional ||= day.provisional;
    if (day.working) days += 1;
  }
  return { days, provisional };
}
