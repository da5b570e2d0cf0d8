import { addDays, shanghaiDateOf, workingDaysBetween, type CalendarSet } from '../../core/calendar';
import {
  addIncrements,
  counterBuckets,
  counterIncrements,
  emptyTotals,
  kpiEventsOf,
  type CounterBucket,
  type CounterTotals,
} from '../../core/kpi';
import { mulberry32 } from '../../core/random';
import { deadlineFor, newRequest, type ServiceRequest, type Status, type TimelineEntry } from '../../core/requests';

const HOUR = 3600_000;

/**
 * Requests at every stage, dispatched between `from` and `to` (Shanghai dates) to `units`, with timelines as the
 * requests function writes them (the same `data` on dispatch, resolve, rate, overdue entries).
 */
export function syntheticRequests(input: {
  count: number;
  units: readonly string[];
  categories: readonly string[];
  from: string;
  days: number;
  calendars: CalendarSet;
  seed?: number;
}): ServiceRequest[] {
  const random = mulberry32(input.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const requests: ServiceRequest[] = [];
  for (let i = 0; i < input.count; i += 1) {
    const unitId = input.units[i % input.units.length];
    const category = input.categories[Math.floor(i / input.units.length) % input.categories.length];
    const submittedAt = new Date(Date.parse(`${addDays(input.from, Math.floor(random() * input.days))}T01:00:00Z`) + random() * 8 * HOUR);
    const request = newRequest({
      id: `S${String(i).padStart(7, '0')}`,
      applicantId: `synthetic-${i % 500}`,
      submit: { category, title: `诉求 ${i}`, body: '合成数据', attachments: [] },
      now: submittedAt,
    });
    const tier = pick([5, 7, 15] as const);
    const entries: TimelineEntry[] = [...request.timeline];
    const system = { role: 'system' as const };
    const unit = { role: 'unit' as const, openId: `handler-${unitId}`, unitId };
    const dispatchedAt = new Date(submittedAt.getTime() + 2 * HOUR);
    const deadline = deadlineFor({ from: dispatchedAt, workingDays: tier, calendars: input.calendars });
    const stage = random();
    let status: Status = 'submitted';
    let resolvedAt: Date | null = null;
    let overdue = false;
    if (stage > 0.05) {
      entries.push({
        type: 'triage',
        at: new Date(submittedAt.getTime() + HOUR),
        by: { role: 'operator', openId: 'op' },
        visibility: 'public',
        data: { tier, leadUnitId: unitId },
      });
      entries.push({
        type: 'dispatch',
        at: dispatchedAt,
        by: { role: 'operator', openId: 'op' },
        visibility: 'public',
        data: { unitId, tier, dueDate: deadline.dueDate },
      });
      status = 'dispatched';
    }
    if (stage > 0.1 && stage <= 0.17) {
      entries.push({
        type: 'return',
        at: new Date(dispatchedAt.getTime() + 3 * HOUR),
        by: unit,
        visibility: 'public',
        text: '不属于本单位',
      });
      status = 'returned';
    } else if (stage > 0.17) {
      entries.push({ type: 'accept', at: new Date(dispatchedAt.getTime() + 4 * HOUR), by: unit, visibility: 'public' });
      status = 'in_progress';
      const lateBy = random() < 0.15 ? 1 + Math.floor(random() * 5) : 0;
      if (lateBy > 0) {
        overdue = true;
        entries.push({
          type: 'markOverdue',
          at: new Date(deadline.dueAt.getTime() + HOUR),
          by: system,
          visibility: 'internal',
          data: { unitId },
        });
      }
      if (stage > 0.3) {
        const resolveDate = addDays(shanghaiDateOf(dispatchedAt), Math.max(1, Math.floor(random() * tier * 1.4)) + lateBy * 2);
        resolvedAt = new Date(Date.parse(`${resolveDate}T03:00:00Z`));
        if (resolvedAt.getTime() <= dispatchedAt.getTime()) resolvedAt = new Date(dispatchedAt.getTime() + HOUR);
        const { days } = workingDaysBetween({
          from: shanghaiDateOf(dispatchedAt),
          to: shanghaiDateOf(resolvedAt),
          calendars: input.calendars,
        });
        const onTime = resolvedAt.getTime() <= deadline.dueAt.getTime();
        entries.push({
          type: 'resolve',
          at: resolvedAt,
          by: unit,
          visibility: 'public',
          text: '已办结',
          data: { unitId, onTime, workingDays: days },
        });
        status = 'resolved';
        if (stage > 0.45) {
          const satisfied = random() < 0.8;
          entries.push({
            type: 'rate',
            at: new Date(resolvedAt.getTime() + 20 * HOUR),
            by: { role: 'applicant', openId: request.applicantId },
            visibility: 'public',
            data: { unitId, satisfied, score: satisfied ? 5 : 2 },
          });
          status = 'closed';
        }
      }
    }
    const dispatched = status !== 'submitted';
    requests.push({
      ...request,
      status,
      tier: dispatched ? tier : null,
      leadUnitId: dispatched ? unitId : null,
      unitIds: dispatched ? [unitId] : [],
      dispatchedAt: dispatched ? dispatchedAt : null,
      dueAt: dispatched && status !== 'returned' ? deadline.dueAt : null,
      dueDate: dispatched && status !== 'returned' ? deadline.dueDate : null,
      resolvedAt,
      overdue,
      timeline: entries,
      updatedAt: entries[entries.length - 1].at,
    });
  }
  return requests;
}

/** The counter documents the requests function would have built for these requests (for fast seeding). */
export function countersOf(requests: readonly ServiceRequest[]): Array<CounterBucket & Record<string, unknown>> {
  const buckets = new Map<string, { bucket: CounterBucket; totals: CounterTotals }>();
  for (const request of requests) {
    for (const event of kpiEventsOf(request)) {
      for (const bucket of counterBuckets(event)) {
        const entry = buckets.get(bucket._id) ?? { bucket, totals: emptyTotals() };
        addIncrements(entry.totals, counterIncrements(event));
        buckets.set(bucket._id, entry);
      }
    }
  }
  return [...buckets.values()].map(({ bucket, totals }) => {
    const { resolveDays, byCategory, ...counts } = totals;
    const histogram = Object.fromEntries(resolveDays.map((n, d) => [`d${d}`, n]).filter(([, n]) => n));
    return { ...bucket, ...counts, resolveDays: histogram, byCategory };
  });
}
