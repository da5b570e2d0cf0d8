import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/contract';
import { waitingHours } from '../../core/review/today';
import { nextCursor, type QueueCursor, type QueueOrder } from '../../core/review/queue-page';
import type { Database } from './cloud';
import { showsChange } from './own-write';

/** Storage moves the repositories share (lookups by id, status compare-and-set, pages); each names its collection and types. */

export async function findById<T>(db: Database, collection: string, id: string): Promise<T> {
  const { data } = await db.collection(collection).where({ _id: id }).limit(1).get();
  const found = data[0] as T | undefined;
  if (!found) throw new AppError('NOT_FOUND');
  return found;
}

/**
 * An update's fields with object and array values stored whole (`_.set`): the SDK would otherwise flatten them into
 * dotted paths, merged key by key into what was there.
 */
export const storedWhole = (db: Database, fields: object): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(fields).map(([k, v]) => [
      k,
      v !== null && typeof v === 'object' && !(v instanceof Date) ? db.command.set(v as never) : v,
    ]),
  );

/**
 * Compare-and-set: `update` applies to the document `id` only while `where` holds of it. Answers whether the change
 * is there: written now, or written already by this very call, whose reply was lost (sent again, the request finds
 * `where` no longer holds, scripts/sdk-patches.ts). False when someone else changed it first. The call knows its
 * own change by a token it writes (`lastChange`, kept out of the views), or, for a document shown as it is stored
 * (a lease), by the values it writes (`shows`, the call's instant among them: `showsChange`).
 */
export async function setIfStill(
  db: Database,
  collection: string,
  input: { id: string; where: Record<string, unknown>; update: Record<string, unknown>; shows?: object },
): Promise<boolean> {
  const call = randomUUID();
  const { updated } = await db
    .collection(collection)
    .where({ _id: input.id, ...input.where })
    .update(input.shows ? input.update : { ...input.update, lastChange: call });
  if (updated === 1) return true;
  const stored = await findByIdOrNull<{ lastChange?: string }>(db, collection, input.id);
  if (!stored) return false;
  return input.shows ? showsChange(stored, input.shows) : stored.lastChange === call;
}

/**
 * Compare-and-set on the status: the change applies only if the application is still in `from`, so two
 * operators approving at once, or an approval racing a cancellation, change it once; the loser gets CONFLICT.
 * A change refused because it was itself applied (its reply lost) is done: the caller goes on to release what it
 * frees. Object values are stored whole (`_.set`), not merged key by key into what was there.
 */
export async function setIfStatus<T>(
  db: Database,
  collection: string,
  input: { id: string; from: string; fields: Partial<T> },
): Promise<void> {
  const update = storedWhole(db, input.fields);
  if (!(await setIfStill(db, collection, { id: input.id, where: { status: input.from }, update }))) throw new AppError('CONFLICT');
}

/** A page by submit time, with one extra row read to know whether there is another page. */
export async function listBySubmitTime<T>(
  db: Database,
  collection: string,
  input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: T[]; hasMore: boolean }> {
  const { data } = await db
    .collection(collection)
    .where(input.where)
    .orderBy('submittedAt', input.order)
    .skip(input.page * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  return { items: (data as T[]).slice(0, input.pageSize), hasMore: data.length > input.pageSize };
}

/**
 * A review-queue page by (submit time, id) after `cursor`: the where must pin `stationId` and `status` so that the
 * `station_status_submitted` index serves it in order, one page read, whatever the number of applications.
 */
export async function pageBySubmitTime<T extends { _id: string; submittedAt: Date }>(
  db: Database,
  collection: string,
  input: { where: Record<string, unknown>; order: QueueOrder; cursor?: QueueCursor; pageSize: number },
): Promise<{ items: T[]; nextCursor: QueueCursor | null }> {
  const _ = db.command;
  const direction = input.order === 'oldest' ? 'asc' : 'desc';
  let where: unknown = input.where;
  if (input.cursor) {
    const at = new Date(input.cursor.at);
    const after =
      direction === 'asc'
        ? { time: _.gte(at), strictly: _.gt(at), id: _.gt(input.cursor.id) }
        : { time: _.lte(at), strictly: _.lt(at), id: _.lt(input.cursor.id) };
    where = _.and([{ ...input.where, submittedAt: after.time }, _.or([{ submittedAt: after.strictly }, { _id: after.id }])]);
  }
  const { data } = await db
    .collection(collection)
    .where(where as Record<string, unknown>)
    .orderBy('submittedAt', direction)
    .orderBy('_id', direction)
    .limit(input.pageSize + 1)
    .get();
  const items = (data as T[]).slice(0, input.pageSize);
  return { items, nextCursor: nextCursor(items, data.length > input.pageSize) };
}

/** The id's document or null (a retried submit looks for what its first call created). */
export async function findByIdOrNull<T>(db: Database, collection: string, id: string): Promise<T | null> {
  const { data } = await db.collection(collection).where({ _id: id }).limit(1).get();
  return (data[0] as T | undefined) ?? null;
}

/**
 * The oldest applications a sweep looks at, by submit time: the where pins `status` (index `status_submitted`),
 * plus a range the sweep's rule narrows further.
 */
export async function oldestBySubmitTime<T>(db: Database, collection: string, where: Record<string, unknown>, limit: number): Promise<T[]> {
  const { data } = await db.collection(collection).where(where).orderBy('submittedAt', 'asc').limit(limit).get();
  return data as T[];
}

/**
 * How many wait in a status at a station, and since when the oldest: a count, then the first row in the order of
 * the `station_status_submitted` index (the where pins `stationId` and `status`).
 */
export async function waitingAt(db: Database, collection: string, where: { stationId: string; status: string }, now: Date) {
  const [{ total }, { data }] = await Promise.all([
    db.collection(collection).where(where).count(),
    db.collection(collection).where(where).orderBy('submittedAt', 'asc').limit(1).get(),
  ]);
  const oldest = (data[0] as { submittedAt: Date } | undefined)?.submittedAt ?? null;
  return { count: total, oldestHours: waitingHours({ oldestSubmittedAt: oldest, now }) };
}

/** What the scheduler's leftover rules read of an application (cloudfunctions/scheduler/release-leftovers.ts). */
export interface ApplicationState {
  _id: string;
  status: string;
  endDate?: string;
}

/** The documents of these ids that exist, by `_id`, 100 ids a query; `fields`: only those are read. */
export async function findByIds<T extends { _id: string }>(
  db: Database,
  collection: string,
  ids: readonly string[],
  fields?: Record<string, true>,
): Promise<Map<string, T>> {
  const unique = [...new Set(ids)];
  const found = new Map<string, T>();
  for (let i = 0; i < unique.length; i += 100) {
    const page = unique.slice(i, i + 100);
    const query = db.collection(collection).where({ _id: db.command.in(page) });
    const { data } = await (fields ? query.field(fields) : query).limit(page.length).get();
    for (const doc of data as T[]) found.set(doc._id, doc);
  }
  return found;
}

/** The status and end date of the applications of these ids that exist. */
export const applicationStates = (db: Database, collection: string, ids: readonly string[]): Promise<Map<string, ApplicationState>> =>
  findByIds<ApplicationState>(db, collection, ids, { _id: true, status: true, endDate: true });

/** Which of these records are stored (by `_id`, only the ids read). */
export const storedIds = async (db: Database, collection: string, ids: readonly string[]): Promise<Set<string>> =>
  new Set((await findByIds(db, collection, ids, { _id: true })).keys());
