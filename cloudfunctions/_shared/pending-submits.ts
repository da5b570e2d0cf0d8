import type { PendingSubmit } from '../../core/capacity/pending';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import { addOnce } from './duplicate';

/**
 * Records a submit before it claims and holds anything (core/capacity/pending.ts). Answers false when the record
 * exists already: the same application is being submitted, or was stored within the grace — the caller answers
 * what is stored (or CONFLICT while nothing is), never submits twice.
 */
export const beginSubmit = (db: Database, pending: PendingSubmit): Promise<boolean> => addOnce(db, COLLECTIONS.pendingSubmits, pending);

/** The submit is over: all it did was undone (a refusal), or the scheduler has dealt with it. */
export async function endSubmit(db: Database, id: string): Promise<void> {
  await db.collection(COLLECTIONS.pendingSubmits).doc(id).remove();
}

/** The scheduler's next page of records of submits begun before `cutoff` (`kind_at`). */
export async function abandonedSubmits(db: Database, kind: PendingSubmit['kind'], cutoff: Date, limit: number): Promise<PendingSubmit[]> {
  const { data } = await db
    .collection(COLLECTIONS.pendingSubmits)
    .where({ kind, at: db.command.lt(cutoff) })
    .limit(limit)
    .get();
  return data as PendingSubmit[];
}

/** The records of a page the scheduler has dealt with (by `_id`). */
export async function endSubmits(db: Database, ids: readonly string[]): Promise<void> {
  await db
    .collection(COLLECTIONS.pendingSubmits)
    .where({ _id: db.command.in([...ids]) })
    .remove();
}
