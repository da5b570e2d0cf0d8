import { counterBuckets, counterIncrements, type KpiEvent } from '../../../core/kpi';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { isDuplicateWrite } from '../duplicate';

/**
 * Adds the event to its unit's month and day counters with `_.inc`, creating a bucket on its first event
 * (the SDK's `update` has no upsert: update, else insert, and if another call inserted first, update again).
 */
export async function bumpCounters(db: Database, event: KpiEvent): Promise<void> {
  const increments = counterIncrements(event);
  const _ = db.command;
  const inc = Object.fromEntries(Object.entries(increments).map(([field, n]) => [field, _.inc(n)]));
  for (const bucket of counterBuckets(event)) {
    const counters = db.collection(COLLECTIONS.kpiCounters);
    const { updated } = await counters.doc(bucket._id).update(inc);
    if (updated === 1) continue;
    try {
      await counters.add({ ...bucket, ...nest(increments) });
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
      await counters.doc(bucket._id).update(inc);
    }
  }
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
    .end();
  return data as Array<Record<string, number> & { _id: string }>;
}
