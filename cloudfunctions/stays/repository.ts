import { AppError } from '../../core/contract';
import type { StayApplication, StayStatus } from '../../core/stays/model';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';

const applications = (db: Database) => db.collection(COLLECTIONS.stayApplications);

export async function findStay(db: Database, id: string): Promise<StayApplication> {
  const { data } = await applications(db).where({ _id: id }).limit(1).get();
  const app = data[0] as StayApplication | undefined;
  if (!app) throw new AppError('NOT_FOUND');
  return app;
}

export async function insertStay(db: Database, app: StayApplication): Promise<void> {
  await applications(db).add(app);
}

/**
 * Compare-and-set on the status: the change applies only if the application is still in `from`, so two
 * operators approving at once, or an approval racing a cancellation, change it once; the loser gets CONFLICT.
 * Object values are stored whole (`_.set`), not merged key by key into what was there.
 */
export async function setStay(
  db: Database,
  input: { id: string; from: StayStatus; fields: Partial<StayApplication> },
): Promise<void> {
  const _ = db.command;
  const fields = Object.fromEntries(
    Object.entries(input.fields).map(([k, v]) => [k, v !== null && typeof v === 'object' && !(v instanceof Date) ? _.set(v) : v]),
  );
  const { updated } = await applications(db).where({ _id: input.id, status: input.from }).update(fields);
  if (updated !== 1) throw new AppError('CONFLICT');
}

export async function listStays(
  db: Database,
  input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number },
): Promise<{ items: StayApplication[]; hasMore: boolean }> {
  const { data } = await applications(db)
    .where(input.where)
    .orderBy('submittedAt', input.order)
    .skip(input.page * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  return { items: (data as StayApplication[]).slice(0, input.pageSize), hasMore: data.length > input.pageSize };
}
