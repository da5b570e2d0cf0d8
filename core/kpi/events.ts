import type { ServiceRequest, TimelineEntry } from '../requests/request';

/** A fact a unit is measured on, taken from one timeline entry, charged to the lead unit of the moment. */
export type KpiEvent =
  | { kind: 'received'; unitId: string; category: string; at: Date }
  | { kind: 'accepted' | 'returned' | 'overdue'; unitId: string; at: Date }
  | { kind: 'resolved'; unitId: string; at: Date; onTime: boolean; workingDays: number }
  /** `reopened`: the unsatisfied rating sent the request back to the unit, to be worked and resolved again. */
  | { kind: 'rated'; unitId: string; at: Date; satisfied: boolean; reopened?: boolean };

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * The KPI fact a timeline entry records, if any. The shell counts it when it writes the entry; a brute-force
 * check recomputes every report from the raw timelines with this same function. `rate` and `reopen` both count
 * as a rating (an unsatisfied one reopens the request); a reopen also counts as work given back to the unit.
 */
export function kpiEventOf(entry: TimelineEntry, request: Pick<ServiceRequest, 'category'>): KpiEvent | null {
  const data = entry.data ?? {};
  const unitId = str(data.unitId) ?? entry.by.unitId ?? null;
  if (!unitId) return null;
  switch (entry.type) {
    case 'dispatch':
      return { kind: 'received', unitId, category: request.category, at: entry.at };
    case 'accept':
      return { kind: 'accepted', unitId, at: entry.at };
    case 'return':
      return { kind: 'returned', unitId, at: entry.at };
    case 'markOverdue':
      return { kind: 'overdue', unitId, at: entry.at };
    case 'resolve':
      return { kind: 'resolved', unitId, at: entry.at, onTime: data.onTime === true, workingDays: Number(data.workingDays ?? 0) };
    case 'rate':
      return { kind: 'rated', unitId, at: entry.at, satisfied: data.satisfied === true };
    case 'reopen':
      return { kind: 'rated', unitId, at: entry.at, satisfied: data.satisfied === true, reopened: true };
    default:
      return null;
  }
}

export const kpiEventsOf = (request: Pick<ServiceRequest, 'category' | 'timeline'>): KpiEvent[] =>
  request.timeline.map((entry) => kpiEventOf(entry, request)).filter((event): event is KpiEvent => event !== null);
