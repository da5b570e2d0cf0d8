import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** A calendar month, `YYYY-MM`. */
export type IsoMonth = string;

export const ISO_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const firstDay = (month: IsoMonth) => dayjs.utc(`${month}-01`);

/** `month` plus `n` calendar months (negative goes back). */
export const addMonthsTo = (month: IsoMonth, n: number): IsoMonth => firstDay(month).add(n, 'month').format('YYYY-MM');

/** The month a calendar date falls in. */
export const monthOfDate = (date: string): IsoMonth => dayjs.utc(date).format('YYYY-MM');

/** The last calendar date of a month (`2028-02` → `2028-02-29`). */
export const lastDateOfMonth = (month: IsoMonth): string => firstDay(month).endOf('month').format('YYYY-MM-DD');

/** The `count` consecutive months ending with `month` (included), oldest first. */
export const monthsEndingWith = (month: IsoMonth, count: number): IsoMonth[] =>
  Array.from({ length: Math.max(0, count) }, (_, i) => addMonthsTo(month, i - (count - 1)));

/** The months from `first` to `last`, both included, oldest first; empty when `last` is before `first`. */
export const monthsBetween = (first: IsoMonth, last: IsoMonth): IsoMonth[] =>
  monthsEndingWith(last, firstDay(last).diff(firstDay(first), 'month') + 1);

/** 1 … 4. */
export const quarterOfMonth = (month: IsoMonth): number => Math.floor(firstDay(month).month() / 3) + 1;

/** The first month of a quarter (`2026`, 4 → `2026-10`). */
export const firstMonthOfQuarter = (year: number, quarter: number): IsoMonth =>
  dayjs
    .utc(`${year}-01-01`)
    .add((quarter - 1) * 3, 'month')
    .format('YYYY-MM');
