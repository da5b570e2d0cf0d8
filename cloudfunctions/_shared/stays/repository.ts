import type { StayApplication, StayStatus } from '../../../core/stays/model';
import { findById, listBySubmitTime, pageBySubmitTime, setIfStatus } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

const COLLECTION = COLLECTIONS.stayApplications;

export const findStay = (db: Database, id: string) => findById<StayApplication>(db, COLLECTION, id);

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
