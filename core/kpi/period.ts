import * as z from 'zod';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../calendar/dates';

const isoDate = z.string().refine(isIsoDate, { message: 'YYYY-MM-DD' });
const year = z.number().int().min(2020).max(2100);

/** A report period; every range is inclusive of both end dates (Asia/Shanghai). */
export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/) }).strict(),
  z.object({ kind: z.literal('quarter'), year, quarter: z.number().int().min(1).max(4) }).strict(),
  z.object({ kind: z.literal('year'), year }).strict(),
  z
    .object({ kind: z.literal('custom'), from: isoDate, to: isoDate })
    .strict()
    .refine((p) => p.from <= p.to && daysBetween(p.from, p.to) <= 366, { message: 'from ≤ to, at most a year', path: ['to'] }),
]);
export type Period = z.infer<typeof periodSchema>;

const lastDayOf = (month: string): IsoDate => addDays(`${addMonths(month, 1)}-01`, -1);
const addMonths = (month: string, n: number): string => {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
};

/** The first and last date of the period, both included. */
export function periodDates(period: Period): { from: IsoDate; to: IsoDate } {
  switch (period.kind) {
    case 'month':
      return { from: `${period.month}-01`, to: lastDayOf(period.month) };
    case 'quarter': {
      const first = `${period.year}-${String((period.quarter - 1) * 3 + 1).padStart(2, '0')}`;
      return { from: `${first}-01`, to: lastDayOf(addMonths(first, 2)) };
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
    const month = date.slice(0, 7);
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
