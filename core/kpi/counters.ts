import { shanghaiDateOf } from '../calendar/dates';
import type { KpiEvent } from './events';

/** The additive counters kept per unit per month and per unit per day (`kpi_counters`). */
export const COUNTERS = [
  'received',
  'accepted',
  'returned',
  'resolved',
  'resolvedOnTime',
  'overdue',
  'rated',
  'satisfied',
  'reopened',
] as const;
export type Counter = (typeof COUNTERS)[number];

/** Working days to resolve are kept as a histogram (`resolveDays.d0` … `d60`); 60 stands for "60 or more". */
export const HISTOGRAM_MAX = 60;
export const histogramField = (days: number) => `resolveDays.d${Math.min(HISTOGRAM_MAX, Math.max(0, Math.floor(days)))}`;

/** The dotted fields an event adds one to. */
export function counterIncrements(event: KpiEvent): Record<string, number> {
  switch (event.kind) {
    case 'received':
      return { received: 1, [`byCategory.${event.category}`]: 1 };
    case 'resolved':
      return { resolved: 1, ...(event.onTime ? { resolvedOnTime: 1 } : {}), [histogramField(event.workingDays)]: 1 };
    case 'rated':
      return { rated: 1, ...(event.satisfied ? { satisfied: 1 } : {}), ...(event.reopened ? { reopened: 1 } : {}) };
    default:
      return { [event.kind]: 1 };
  }
}

export interface CounterBucket {
  _id: string;
  unitId: string;
  grain: 'month' | 'day';
  /** `YYYY-MM` or `YYYY-MM-DD` in Asia/Shanghai. */
  period: string;
}

/**
 * The two counter documents an event lands in: its unit's month (what month, quarter and year reports read)
 * and its unit's day (what the partial months at the ends of a custom period read).
 */
export function counterBuckets(event: KpiEvent): CounterBucket[] {
  const day = shanghaiDateOf(event.at);
  const month = day.slice(0, 7);
  return [
    { _id: `m:${month}:${event.unitId}`, unitId: event.unitId, grain: 'month', period: month },
    { _id: `d:${day}:${event.unitId}`, unitId: event.unitId, grain: 'day', period: day },
  ];
}
