import type { StayApplication, StayStatus } from '../../../core/stays/model';
import { findById, findByIdOrNull, listBySubmitTime, oldestBySubmitTime, pageBySubmitTime, setIfStatus, waitingAt } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

// The queries on stay applications, each with the index of INDEXES.stay_applications (collections.ts) that serves it.
const COLLECTION = COLLECTIONS.stayApplications;

export const findStay = (db: Database, id: string) => findById<StayApplication>(db, COLLECTION, id);

/** The application an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const stayNamed = (input: { id: string }, ctx: { db: Database }) => findStay(ctx.db, input.id);

/** By id, or null: what a retried submit's first call created, if it got that far. */
export const findStayOrNull = (db: Database, id: string) => findByIdOrNull<StayApplication>(db, COLLECTION, id);

export async function insertStay(db: Database, app: StayApplication): Promise<void> {
  await db.collection(COLLECTION).add(app);
}

/** Compare-and-set on the status; CONFLICT when someone changed it first. */
export const setStay = (db: Database, input: { id: string; from: StayStatus; fields: Partial<StayApplication> }) =>
  setIfStatus<StayApplication>(db, COLLECTION, input);

export const listStays = (db: Database, input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number }) =>
  listBySubmitTime<StayApplication>(db, COLLECTION, input);

export const pageStays = (db: Database, input: Parameters<typeof pageBySubmitTime>[2]) =>
  pageBySubmitTime<StayApplication>(db, COLLECTION, input);

/** The sweep's oldest first, `status` pinned (`status_submitted`). */
export const oldestStays = (db: Database, where: { status: StayStatus } & Record<string, unknown>, limit: number) =>
  oldestBySubmitTime<StayApplication>(db, COLLECTION, where, limit);

/** Pending or waitlisted at a station: how many, and the oldest's wait (`station_status_submitted`). */
export const waitingStays = (db: Database, stationId: string, status: StayStatus, now: Date) =>
  waitingAt(db, COLLECTION, { stationId, status }, now);

/** Approved or checked-in stays arriving at a station on `days` (`station_checkin`), at most `limit`. */
export async function arrivingOn(db: Database, stationId: string, days: readonly string[], limit: number): Promise<StayApplication[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTION)
    .where({ stationId, checkIn: _.in([...days]), status: _.in(['approved', 'checked-in']) })
    .limit(limit)
    .get();
  return data as StayApplication[];
}

/** The guests checked in at a station now (`station_status_submitted`), at most `limit` (the station's beds). */
export async function checkedInAt(db: Database, stationId: string, limit: number): Promise<StayApplication[]> {
  const { data } = await db.collection(COLLECTION).where({ stationId, status: 'checked-in' }).limit(limit).get();
  return data as StayApplication[];
}
