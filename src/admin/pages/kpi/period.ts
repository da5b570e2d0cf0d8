import type { Period } from '@core/kpi/period';

export type PeriodKind = 'month' | 'quarter' | 'year';

/** The period the inputs describe, or null while they do not describe one. */
export function periodOf(kind: PeriodKind, value: string): Period | null {
  const text = value.trim();
  if (kind === 'month') return /^20\d\d-(0[1-9]|1[0-2])$/.test(text) ? { kind, month: text } : null;
  if (kind === 'quarter') {
    const match = /^(20\d\d)-Q([1-4])$/i.exec(text);
    return match ? { kind, year: Number(match[1]), quarter: Number(match[2]) } : null;
  }
  return /^20\d\d$/.test(text) ? { kind, year: Number(text) } : null;
}

/** The `count` months ending with `month`, oldest first: the trend chart's columns. */
export function monthsEndingWith(month: string, count: number): string[] {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const index = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** The month the trend ends with: the period's last month. */
export function lastMonthOf(period: Period): string {
  if (period.kind === 'month') return period.month;
  if (period.kind === 'quarter') return `${period.year}-${String(period.quarter * 3).padStart(2, '0')}`;
  if (period.kind === 'year') return `${period.year}-12`;
  return period.to.slice(0, 7);
}

export const defaultValue = (kind: PeriodKind, now: Date): string => {
  const month = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
  if (kind === 'month') return month;
  if (kind === 'quarter') return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5)) - 1) / 3) + 1}`;
  return month.slice(0, 4);
};
