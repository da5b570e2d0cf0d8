import type { Database } from './cloud';

/** The database's answer to an insert whose `_id` exists: how every "create once" in the functions is decided. */
export const isDuplicateWrite = (error: unknown): boolean => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

/** Inserts `doc` unless its `_id` exists; answers whether this call created it. */
export async function addOnce(db: Database, collection: string, doc: object): Promise<boolean> {
  try {
    await db.collection(collection).add(doc);
    return true;
  } catch (error) {
    if (isDuplicateWrite(error)) return false;
    throw error;
  }
}
