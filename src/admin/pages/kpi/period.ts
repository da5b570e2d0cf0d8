import { shanghaiMonthOf } from '@core/calendar/dates';
import { ISO_MONTH_PATTERN, quarterOfMonth } from '@core/calendar/months';
import { periodDates, type Period } from '@core/kpi/period';

export { monthsEndingWith } from '@core/calendar/months';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The period the inputs describe, or null while they do not describe one. */
export function periodOf(kind: PeriodKind, value: string): Period | null {
  const text = value.trim();
  if (kind === 'month') return /^20\d\d-/.test(text) && ISO_MONTH_PATTERN.test(text) ? { kind, month: text } : null;
  if (kind === 'quarter') {
    const match = /^(20\d\d)-Q([1-4])$/i.exec(text);
    return match ? { kind, year: Number(match[1]), quarter: Number(match[2]) } : null;
  }
  return /^20\d\d$/.test(text) ? { kind, year: Number(text) } : null;
}

/**
 * The month the trend ends with and whose requests are exported: the period's last month, but never one still to come
 * (Shanghai time). For the current quarter or year that is this month: the months after it have nothing yet, and a
 * trend of them would be empty. A period wholly to come gives its first month.
 */
export function lastMonthOf(period: Period, now: Date): string {
  const { from, to } = periodDates(period);
  const [first, last, current] = [from.slice(0, 7), to.slice(0, 7), shanghaiMonthOf(now)];
  if (current >= last) return last;
  return current > first ? current : first;
}

/** What the period field shows first: the current Shanghai month, quarter or year. */
export const defaultValue = (kind: PeriodKind, now: Date): string => {
  const month = shanghaiMonthOf(now);
  if (kind === 'month') return month;
  if (kind === 'quarter') return `${month.slice(0, 4)}-Q${quarterOfMonth(month)}`;
  return month.slice(0, 4);
};
