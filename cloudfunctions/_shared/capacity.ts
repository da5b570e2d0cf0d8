import { randomUUID } from 'node:crypto';
import { afterRefusedHold, holderKey, holdsByBucket, newBucket, type BucketHold, type CapacityBucket } from '../../core/capacity/buckets';
import type { CalendarDate } from '../../core/dates';
import { findByIdOrNull } from './applications';
import type { Database } from './cloud';
import { addOnce } from './duplicate';

type CounterCollection = 'stay_nights' | 'seat_days';

/**
 * One conditional update: every date of the month still has `n` free and the holder holds none of them yet, or
 * nothing changes (`updated: 0`). The holder is recorded with the places, `call` as the holder's last hold here, and
 * `now` as its instant (the scheduler's leftover rules wait until no change that holds can still be running).
 */
async function tryHold(
  db: Database,
  collection: CounterCollection,
  { hold, n, holder, call, now }: { hold: BucketHold; n: number; holder: string; call: string; now: Date },
): Promise<boolean> {
  const _ = db.command;
  const where: Record<string, unknown> = { _id: hold.id };
  const update: Record<string, unknown> = {};
  for (const date of hold.dates) {
    where[`free.${date}`] = _.gte(n);
    where[`holders.${holderKey(holder, date)}`] = _.exists(false);
    update[`free.${date}`] = _.inc(-n);
    update[`held.${date}`] = _.inc(n);
    update[`holders.${holderKey(holder, date)}`] = n;
  }
  update[`calls.${holder}`] = call;
  update[`heldAt.${holder}`] = now;
  const { updated } = await db.collection(collection).where(where).update(update);
  return updated === 1;
}

/** Creates a month's counters at the station's capacity; whoever inserts first wins, the others carry on. */
async function createBucket(db: Database, collection: CounterCollection, bucket: CapacityBucket): Promise<void> {
  await addOnce(db, collection, bucket);
}

/** Gives the holder's places back on these dates of one month, only if it still holds every one of them. */
async function releaseBucket(db: Database, collection: CounterCollection, hold: BucketHold, n: number, holder: string): Promise<boolean> {
  const _ = db.command;
  const where: Record<string, unknown> = { _id: hold.id };
  const update: Record<string, unknown> = {};
  for (const date of hold.dates) {
    where[`holders.${holderKey(holder, date)}`] = n;
    update[`free.${date}`] = _.inc(n);
    update[`held.${date}`] = _.inc(-n);
    update[`holders.${holderKey(holder, date)}`] = _.remove();
  }
  update[`calls.${holder}`] = _.remove();
  update[`heldAt.${holder}`] = _.remove();
  const { updated } = await db.collection(collection).where(where).update(update);
  return updated === 1;
}

/**
 * Holds one month, or answers false when it is full. A refused update is looked at before it is believed: the
 * month may be missing (created, then tried again), may have changed since (tried again once), or the update was
 * this call's own, applied though its reply was lost and refused when the SDK sent it again (its token is there).
 */
async function holdMonth(
  db: Database,
  input: {
    collection: CounterCollection;
    stationId: string;
    capacity: number;
    hold: BucketHold;
    n: number;
    holder: string;
    call: string;
    now: Date;
  },
): Promise<boolean> {
  const { collection, hold } = input;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (await tryHold(db, collection, input)) return true;
    const bucket = await findByIdOrNull<CapacityBucket>(db, collection, hold.id);
    if (!bucket) {
      await createBucket(db, collection, newBucket(input.stationId, hold.month, input.capacity));
      continue;
    }
    const verdict = afterRefusedHold({ bucket, dates: hold.dates, n: input.n, holder: input.holder, call: input.call });
    if (verdict !== 'room') return verdict === 'held';
  }
  return false;
}

/**
 * Holds `n` places on every date, or none: one atomic conditional update per month touched, and a compensating
 * release of the months already held when a later month is full. Never a transaction and never a lock: the
 * database's own single-document atomicity keeps `held <= capacity` for any number of concurrent instances.
 * Each call writes a token of its own with the places (`calls`), so that it knows its own update from another's.
 */
export async function holdDates(
  db: Database,
  input: {
    collection: CounterCollection;
    stationId: string;
    dates: readonly CalendarDate[];
    n: number;
    capacity: number;
    holder: string;
    now: Date;
  },
): Promise<boolean> {
  const holds = holdsByBucket(input.stationId, input.dates);
  const done: BucketHold[] = [];
  const call = randomUUID();
  for (const hold of holds) {
    const ok = await holdMonth(db, { ...input, hold, call });
    if (!ok) {
      for (const held of done) await releaseBucket(db, input.collection, held, input.n, input.holder);
      return false;
    }
    done.push(hold);
  }
  return true;
}

/**
 * Gives back the holder's `n` places on every date. Conditional on the holder's entries, month by month: a second
 * release of the same dates (a retry, or the scheduler recovering a crashed submit) changes nothing. Answers how
 * many months gave places back.
 */
export async function releaseDates(
  db: Database,
  input: { collection: CounterCollection; stationId: string; dates: readonly CalendarDate[]; n: number; holder: string },
): Promise<number> {
  let released = 0;
  for (const hold of holdsByBucket(input.stationId, input.dates)) {
    if (await releaseBucket(db, input.collection, hold, input.n, input.holder)) released += 1;
  }
  return released;
}

/** The month counters covering these dates (missing months are simply absent). */
export async function readBuckets(
  db: Database,
  input: { collection: CounterCollection; stationId: string; dates: readonly CalendarDate[] },
): Promise<CapacityBucket[]> {
  const ids = holdsByBucket(input.stationId, input.dates).map((h) => h.id);
  const { data } = await db
    .collection(input.collection)
    .where({ _id: db.command.in(ids) })
    .limit(ids.length)
    .get();
  return data as CapacityBucket[];
}

/** A station's month counters for these months (index `station_month`), e.g. the desk's occupancy calendar. */
export async function bucketsForMonths(
  db: Database,
  input: { collection: CounterCollection; stationId: string; months: readonly string[] },
): Promise<CapacityBucket[]> {
  const { data } = await db
    .collection(input.collection)
    .where({ stationId: input.stationId, month: db.command.in([...input.months]) })
    .limit(input.months.length)
    .get();
  return data as CapacityBucket[];
}

/**
 * The month counters of many stations at once, for the network's list of free places: ONE query, served by the
 * `station_month` index (`stationId` and `month` both pinned with `_.in`), never a query per station. A missing
 * month is simply absent (entirely free). At most 1000 documents a query: callers ask for ≤ 200 stations × 4 months.
 */
export async function bucketsForStations(
  db: Database,
  input: { collection: CounterCollection; stationIds: readonly string[]; months: readonly string[] },
): Promise<CapacityBucket[]> {
  if (input.stationIds.length === 0 || input.months.length === 0) return [];
  const _ = db.command;
  const { data } = await db
    .collection(input.collection)
    .where({ stationId: _.in([...input.stationIds]), month: _.in([...input.months]) })
    .limit(Math.min(1000, input.stationIds.length * input.months.length))
    .get();
  return data as CapacityBucket[];
}

/**
 * The month counters of these stations from `month` on (`station_month`: `stationId` pinned with `_.in`, the month a
 * range), in one query: at most 50 stations a call (a year ahead each, within the 1000 documents a query answers).
 */
export async function bucketsOfStationsFrom(
  db: Database,
  collection: CounterCollection,
  stationIds: readonly string[],
  month: string,
): Promise<CapacityBucket[]> {
  if (stationIds.length === 0) return [];
  if (stationIds.length > 50) throw new Error('bucketsOfStationsFrom: at most 50 stations a call');
  const { data } = await db
    .collection(collection)
    .where({ stationId: db.command.in([...stationIds]), month: db.command.gte(month) })
    .limit(1000)
    .get();
  return data as CapacityBucket[];
}

/** A station's month counters from `month` on (`station_month`, the month a range): an admin's capacity change. */
export async function bucketsFrom(
  db: Database,
  collection: CounterCollection,
  stationId: string,
  month: string,
): Promise<CapacityBucket[]> {
  const { data } = await db
    .collection(collection)
    .where({ stationId, month: db.command.gte(month) })
    .limit(100)
    .get();
  return data as CapacityBucket[];
}

/**
 * Rewrites a month counter's capacity and free counts only while its held counts are still `held` (by `_id`);
 * answers whether it was written.
 */
export async function setCapacityIfHeld(
  db: Database,
  collection: CounterCollection,
  input: { id: string; held: CapacityBucket['held']; capacity: number; free: CapacityBucket['free'] },
): Promise<boolean> {
  const where: Record<string, unknown> = { _id: input.id };
  for (const [date, held] of Object.entries(input.held)) where[`held.${date}`] = held;
  const { updated } = await db
    .collection(collection)
    .where(where)
    .update({ capacity: input.capacity, free: db.command.set(input.free) });
  return updated === 1;
}
