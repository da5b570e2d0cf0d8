import { holdsByBucket, newBucket, type BucketHold, type CapacityBucket } from '../../core/capacity/buckets';
import type { CalendarDate } from '../../core/dates';
import type { Database } from './cloud';

type CounterCollection = 'stay_nights' | 'seat_days';

const isDuplicate = (error: unknown) => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

/** One conditional update: every date of the month still has `n` free, or nothing changes (`updated: 0`). */
async function tryHold(db: Database, collection: CounterCollection, hold: BucketHold, n: number): Promise<boolean> {
  const _ = db.command;
  const where: Record<string, unknown> = { _id: hold.id };
  const update: Record<string, unknown> = {};
  for (const date of hold.dates) {
    where[`free.${date}`] = _.gte(n);
    update[`free.${date}`] = _.inc(-n);
    update[`held.${date}`] = _.inc(n);
  }
  const { updated } = await db.collection(collection).where(where).update(update);
  return updated === 1;
}

async function bucketExists(db: Database, collection: CounterCollection, id: string): Promise<boolean> {
  const { data } = await db.collection(collection).where({ _id: id }).limit(1).get();
  return data.length > 0;
}

/** Creates a month's counters at the station's capacity; whoever inserts first wins, the others carry on. */
async function createBucket(db: Database, collection: CounterCollection, bucket: CapacityBucket): Promise<void> {
  try {
    await db.collection(collection).add(bucket);
  } catch (error) {
    if (!isDuplicate(error)) throw error;
  }
}

async function releaseBucket(db: Database, collection: CounterCollection, hold: BucketHold, n: number): Promise<void> {
  const _ = db.command;
  const update: Record<string, unknown> = {};
  for (const date of hold.dates) {
    update[`free.${date}`] = _.inc(n);
    update[`held.${date}`] = _.inc(-n);
  }
  await db.collection(collection).where({ _id: hold.id }).update(update);
}

/**
 * Holds `n` places on every date, or none: one atomic conditional update per month touched, and a compensating
 * release of the months already held when a later month is full. Never a transaction and never a lock: the
 * database's own single-document atomicity keeps `held <= capacity` for any number of concurrent instances.
 */
export async function holdDates(
  db: Database,
  input: { collection: CounterCollection; stationId: string; dates: readonly CalendarDate[]; n: number; capacity: number },
): Promise<boolean> {
  const holds = holdsByBucket(input.stationId, input.dates);
  const done: BucketHold[] = [];
  for (const hold of holds) {
    let ok = await tryHold(db, input.collection, hold, input.n);
    if (!ok) {
      // Missing month, or full. Create it if missing and try once more: another instance may have created it
      // between our update and our look, so "it exists now" does not mean "it was full".
      if (!(await bucketExists(db, input.collection, hold.id))) {
        await createBucket(db, input.collection, newBucket(input.stationId, hold.month, input.capacity));
      }
      ok = await tryHold(db, input.collection, hold, input.n);
    }
    if (!ok) {
      for (const held of done) await releaseBucket(db, input.collection, held, input.n);
      return false;
    }
    done.push(hold);
  }
  return true;
}

/** Gives back `n` places on every date (dates that were held by the same application). */
export async function releaseDates(
  db: Database,
  input: { collection: CounterCollection; stationId: string; dates: readonly CalendarDate[]; n: number },
): Promise<void> {
  for (const hold of holdsByBucket(input.stationId, input.dates)) await releaseBucket(db, input.collection, hold, input.n);
}

/** The month counters covering these dates (missing months are simply absent). */
export async function readBuckets(
  db: Database,
  input: { collection: CounterCollection; stationId: string; dates: readonly CalendarDate[] },
): Promise<CapacityBucket[]> {
  const ids = holdsByBucket(input.stationId, input.dates).map((h) => h.id);
  const { data } = await db.collection(input.collection).where({ _id: db.command.in(ids) }).limit(ids.length).get();
  return data as CapacityBucket[];
}
