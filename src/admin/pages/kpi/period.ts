import { shanghaiMonthOf } from '@core/calendar/dates';
import { ISO_MONTH_PATTERN, firstMonthOfQuarter, addMonthsTo, quarterOfMonth } from '@core/calendar/months';
import type { Period } from '@core/kpi/period';

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

/** The month the trend ends with: the period's last month. */
export function lastMonthOf(period: Period): string {
  if (period.kind === 'month') return period.month;
  if (period.kind === 'quarter') return addMonthsTo(firstMonthOfQuarter(period.year, period.quarter), 2);
  if (period.kind === 'year') return `${period.year}-12`;
  return period.to.slice(0, 7);
}

/** What the period field shows first: the current Shanghai month, quarter or year. */
export const defaultValue = (kind: PeriodKind, now: Date): string => {
  const month = shanghaiMonthOf(now);
  if (kind === 'month') return month;
  if (kind === 'quarter') return `${month.slice(0, 4)}-Q${quarterOfMonth(month)}`;
  return month.slice(0, 4);
};
