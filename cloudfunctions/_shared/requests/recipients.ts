import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

/** Openids of the handlers of a unit. */
export async function unitHandlers(db: Database, unitId: string): Promise<string[]> {
  const { data } = await db.collection(COLLECTIONS.users).where({ roles: 'unit', unitId }).limit(100).get();
  return (data as Array<{ _id: string }>).map((u) => u._id);
}

/** Openids of the district admins. */
export async function districtAdmins(db: Database): Promise<string[]> {
  const { data } = await db.collection(COLLECTIONS.users).where({ roles: 'admin' }).limit(100).get();
  return (data as Array<{ _id: string }>).map((u) => u._id);
}
