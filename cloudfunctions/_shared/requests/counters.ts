import { counterBuckets, counterIncrements, type KpiEvent } from '../../../core/kpi';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { isDuplicateWrite } from '../duplicate';
import { oncePerCall } from '../recent-calls';
import { settleAll } from '../side-by-side';

/**
 * Adds the event to its unit's month and day counters with `_.inc`, creating a bucket on its first event
 * (the SDK's `update` has no upsert: update, else insert, and if another call inserted first, update again).
 * Each bucket keeps the keys of the last events it counted (`recentEvents`, `oncePerCall`) and counts only another:
 * an increment whose reply was lost and that the SDK sent again (scripts/sdk-patches.ts) is not counted twice.
 */
export async function bumpCounters(db: Database, event: KpiEvent, key: string): Promise<void> {
  const increments = counterIncrements(event);
  const _ = db.command;
  const once = oncePerCall(db, 'recentEvents', key);
  const inc = { ...Object.fromEntries(Object.entries(increments).map(([field, n]) => [field, _.inc(n)])), ...once.update };
  // The month's bucket and the day's side by side: neither depends on the other.
  await settleAll(
    counterBuckets(event).map(async (bucket) => {
      const counters = db.collection(COLLECTIONS.kpiCounters);
      const notYet = counters.where({ _id: bucket._id, ...once.where });
      const { updated } = await notYet.update(inc);
      if (updated === 1) return;
      try {
        await counters.add({ ...bucket, ...nest(increments), recentEvents: [key] });
      } catch (error) {
        if (!isDuplicateWrite(error)) throw error;
        // There: created by another call meanwhile (count this event), or already counting it (nothing to do).
        await notYet.update(inc);
      }
    }),
  );
}

/** `{ 'byCategory.housing': 1 }` → `{ byCategory: { housing: 1 } }`, for a first insert. */
function nest(increments: Record<string, number>): Record<string, unknown> {
  const doc: Record<string, Record<string, number> | number> = {};
  for (const [field, n] of Object.entries(increments)) {
    const [head, tail] = field.split('.');
    if (tail === undefined) doc[head] = n;
    else doc[head] = { ...((doc[head] as Record<string, number>) ?? {}), [tail]: n };
  }
  return doc;
}

/** The most groups a sum answers (units of a district; an aggregation without a limit answers only 20). */
const MAX_GROUPS = 1000;

/**
 * The counter buckets of these periods (months and days) summed by the database in one `$match` (`period_unit`,
 * period leading) and one `$group` (`group`, e.g. by unit); one row per group.
 */
export async function sumCounters(
  db: Database,
  periods: readonly string[],
  group: Record<string, unknown>,
): Promise<Array<Record<string, number> & { _id: string }>> {
  const { data } = await db
    .collection(COLLECTIONS.kpiCounters)
    .aggregate()
    .match({ period: db.command.in([...periods]) })
    .group(group)
    .limit(MAX_GROUPS)
    .end();
  return data as Array<Record<string, number> & { _id: string }>;
}
