import type { SeatApplication, SeatStatus } from '../../../core/workspaces/model';
import { findById, listBySubmitTime, pageBySubmitTime, setIfStatus } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

const COLLECTION = COLLECTIONS.seatApplications;

export const findSeats = (db: Database, id: string) => findById<SeatApplication>(db, COLLECTION, id);

export async function insertSeats(db: Database, app: SeatApplication): Promise<void> {
  await db.collection(COLLECTION).add(app);
}

/** Compare-and-set on the status, objects and arrays stored whole; CONFLICT when someone changed it first. */
export const setSeats = (db: Database, input: { id: string; from: SeatStatus; fields: Partial<SeatApplication> }) =>
  setIfStatus<SeatApplication>(db, COLLECTION, input);

export const listSeats = (db: Database, input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number }) =>
  listBySubmitTime<SeatApplication>(db, COLLECTION, input);

export const pageSeats = (db: Database, input: Parameters<typeof pageBySubmitTime>[2]) =>
  pageBySubmitTime<SeatApplication>(db, COLLECTION, input);
