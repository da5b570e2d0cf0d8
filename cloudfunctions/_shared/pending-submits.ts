import type { PendingSubmit } from '../../core/capacity/pending';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

const isDuplicate = (error: unknown) => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

/**
 * Records a submit before it claims and holds anything (core/capacity/pending.ts). Answers false when the record
 * exists already: the same application is being submitted, or was stored within the grace — the caller answers
 * what is stored (or CONFLICT while nothing is), never submits twice.
 */
export async function beginSubmit(db: Database, pending: PendingSubmit): Promise<boolean> {
  try {
    await db.collection(COLLECTIONS.pendingSubmits).add(pending);
    return true;
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
}

/** The submit is over: all it did was undone (a refusal), or the scheduler has dealt with it. */
export async function endSubmit(db: Database, id: string): Promise<void> {
  await db.collection(COLLECTIONS.pendingSubmits).doc(id).remove();
}
