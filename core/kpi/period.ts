import * as z from 'zod';
import { calendarDate } from '../calendar/date-schema';
import { addDays, daysBetween, type IsoDate } from '../calendar/dates';
import { addMonthsTo, firstMonthOfQuarter, lastDateOfMonth, monthOfDate } from '../calendar/months';

const year = z.number().int().min(2020).max(2100);

/** A report period; every range is inclusive of both end dates (Asia/Shanghai). */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/) }).strict(),
  z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('year'), year }).strict(),
  z
    .object({ kind: z.literal('custom'), from: calendarDate, to: calendarDate })
    .strict()
    .refine((p) => p.from <= p.to && daysBetween(p.from, p.to) <= 366, { message: 'from ≤ to, at most a year', path: ['to'] }),
]);
export type Period = z.infer<typeof periodSchema>;

const lastDayOf = lastDateOfMonth;

/** The first and last date of the period, both included. */
export function periodDates(period: Period): { from: IsoDate; to: IsoDate } {
  switch (period.kind) {
    case 'month':
      return { from: `${period.month}-01`, to: lastDayOf(period.month) };
    case 'quarter': {
      const first = firstMonthOfQuarter(period.year, period.quarter);
      return { from: `${first}-01`, to: lastDayOf(addMonthsTo(first, 2)) };
    }
    case 'year':
      return { from: `${period.year}-01-01`, to: `${period.year}-12-31` };
    default:
      return { from: period.from, to: period.to };
  }
}

/**
 * The counter buckets that add up to the range exactly: every whole month inside it as one month bucket, and
 * the days of the partial months at either end as day buckets. A quarter is three documents per unit.
 */
export function bucketsFor(range: { from: IsoDate; to: IsoDate }): { months: string[]; days: IsoDate[] } {
  const months: string[] = [];
  const days: IsoDate[] = [];
  let date = range.from;
  while (date <= range.to) {
    const month = monthOfDate(date);
    const monthEnd = lastDayOf(month);
    if (date === `${month}-01` && monthEnd <= range.to) {
      months.push(month);
      date = addDays(monthEnd, 1);
    } else {
      days.push(date);
      date = addDays(date, 1);
    }
  }
  return { months, days };
}
