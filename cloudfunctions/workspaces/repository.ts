import { AppError } from '../../core/contract';
import type { SeatApplication, SeatStatus } from '../../core/workspaces/model';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';

const applications = (db: Database) => db.collection(COLLECTIONS.seatApplications);

export async function findSeats(db: Database, id: string): Promise<SeatApplication> {
  const { data } = await applications(db).where({ _id: id }).limit(1).get();
  const app = data[0] as SeatApplication | undefined;
  if (!app) throw new AppError('NOT_FOUND');
  return app;
}

export const insertSeats = async (db: Database, app: SeatApplication) => {
  await applications(db).add(app);
};

/** Compare-and-set on the status, objects and arrays stored whole; CONFLICT when someone changed it first. */
export async function setSeats(db: Database, input: { id: string; from: SeatStatus; fields: Partial<SeatApplication> }) {
  const _ = db.command;
  const fields = Object.fromEntries(
    Object.entries(input.fields).map(([k, v]) => [k, v !== null && typeof v === 'object' && !(v instanceof Date) ? _.set(v) : v]),
  );
  const { updated } = await applications(db).where({ _id: input.id, status: input.from }).update(fields);
  if (updated !== 1) throw new AppError('CONFLICT');
}

export async function listSeats(
  db: Database,
  input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: SeatApplication[]; hasMore: boolean }> {
  const { data } = await applications(db)
    .where(input.where)
    .orderBy('submittedAt', input.order)
    .skip(input.page * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  return { items: (data as SeatApplication[]).slice(0, input.pageSize), hasMore: data.length > input.pageSize };
}
