import type { CapacityBucket } from '../capacity/buckets';
import type { CalendarDate } from '../dates';

export interface CapacityPlan {
  /** Dates (from `today` on) where more places are held than the new capacity allows: the change is refused. */
  conflicts: Array<{ date: CalendarDate; held: number }>;
  /** The month documents to rewrite: their new `capacity` and `free` (held never changes). */
  updates: Array<{ id: string; capacity: number; free: Record<CalendarDate, number> }>;
}

/**
 * A station's beds or seats change: every existing month counter from this month on gets the new capacity, and
 * each date's `free` becomes `capacity − held`, so `free + held = capacity` keeps holding. Lowering below what is
 * already held on any date from `today` on is refused (those guests are booked). Past dates of the current month
 * keep their bookings as history; their `free` never goes below 0 (nobody can book a past date anyway).
 * Months before `today`'s month are left as they were.
 */
export function planCapacityChange(input: { buckets: readonly CapacityBucket[]; capacity: number; today: CalendarDate }): CapacityPlan {
  const thisMonth = input.today.slice(0, 7);
  const conflicts: CapacityPlan['conflicts'] = [];
  const updates: CapacityPlan['updates'] = [];
  for (const bucket of [...input.buckets].sort((a, b) => a.month.localeCompare(b.month))) {
    if (bucket.month < thisMonth) continue;
    const free: Record<CalendarDate, number> = {};
    for (const date of Object.keys(bucket.held).sort()) {
      const held = bucket.held[date] ?? 0;
      if (date >= input.today && held > input.capacity) conflicts.push({ date, held });
      free[date] = Math.max(0, input.capacity - held);
    }
    updates.push({ id: bucket._id, capacity: input.capacity, free });
  }
  return { conflicts, updates: conflicts.length > 0 ? [] : updates };
}

/** The refusal an admin reads when lowering capacity below what is held. */
export const capacityConflictMessage = (conflicts: CapacityPlan['conflicts']) => {
  const first = conflicts[0];
  const more = conflicts.length - 1;
  return {
    'zh-CN': `${first.date} 已占用 ${first.held} 个${more > 0 ? `（另有 ${more} 天超出）` : ''}，不能低于已占用数量`,
    en: `${first.held} already held on ${first.date}${more > 0 ? ` (and ${more} more days)` : ''}; capacity cannot go below what is held`,
  };
};
