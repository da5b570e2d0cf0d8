import { findByIdOrNull } from './applications';
import type { Database } from './cloud';
import { showsChange } from './own-write';

/** The database's answer to an insert whose `_id` exists: how every "create once" in the functions is decided. */
export const isDuplicateWrite = (error: unknown): boolean => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

/**
 * Inserts `doc` unless its `_id` exists; answers whether this call created it. A document that carries its call's
 * token (`call`) is known after a duplicate too: an insert applied though its reply was lost, sent again by the SDK
 * (scripts/sdk-patches.ts) and refused, finds its own token.
 */
export async function addOnce<T extends { _id: string; call?: string }>(db: Database, collection: string, doc: T): Promise<boolean> {
  try {
    await db.collection(collection).add(doc);
    return true;
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    if (doc.call === undefined) return false;
    return (await findByIdOrNull<{ call?: string }>(db, collection, doc._id))?.call === doc.call;
  }
}

/**
 * Inserts `doc` under the `_id` it carries. An insert applied though its reply was lost is sent again by the SDK
 * (scripts/sdk-patches.ts) and refused as a duplicate: when the stored document is this one (every field the same,
 * the call's instant among them), the insert is done. A different document under that id is another's: the error.
 */
export async function insertOwn(db: Database, collection: string, doc: { _id: string }): Promise<void> {
  try {
    await db.collection(collection).add(doc);
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    const stored = await findByIdOrNull<object>(db, collection, doc._id);
    if (!stored || !showsChange(stored, doc)) throw error;
  }
}
