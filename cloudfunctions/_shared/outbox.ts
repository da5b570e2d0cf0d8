import type { NoticeTemplate } from '../../core/notices/templates';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

// The scheduler's queries on the outbox, each with the index of INDEXES.outbox (collections.ts) that serves it;
// the writes by `_id` use the primary key. `notify` (notify.ts) adds the documents.

/** An `outbox` document (written by _shared/notify.ts). `attempts` counts sends tried. */
export interface OutboxDoc {
  _id: string;
  recipient: string;
  template: NoticeTemplate;
  data: Record<string, unknown>;
  status: 'pending' | 'sending' | 'sent' | 'skipped' | 'failed';
  attempts?: number;
  createdAt: Date;
}

const updatedOf = (result: unknown): number => Number((result as { updated?: number }).updated ?? 0);

/** Closes sends claimed before `claimedBefore` as `failed: interrupted` (`status`, the claim time a range); how many. */
export async function closeInterrupted(db: Database, claimedBefore: Date, now: Date): Promise<number> {
  const result = await db
    .collection(COLLECTIONS.outbox)
    .where({ status: 'sending', updatedAt: db.command.lt(claimedBefore) })
    .update({ status: 'failed', reason: 'interrupted', updatedAt: now });
  return updatedOf(result);
}

/** The oldest pending notices (`status`: status pinned, by createdAt), at most `limit`. */
export async function pendingNotices(db: Database, limit: number): Promise<OutboxDoc[]> {
  const { data } = await db.collection(COLLECTIONS.outbox).where({ status: 'pending' }).orderBy('createdAt', 'asc').limit(limit).get();
  return data as OutboxDoc[];
}

/** Claims a pending notice for sending, only if no other run did (status and attempts as read); whether it did. */
export async function claimNotice(db: Database, doc: OutboxDoc, attempts: number, now: Date): Promise<boolean> {
  const result = await db
    .collection(COLLECTIONS.outbox)
    .where({ _id: doc._id, status: 'pending', attempts: doc.attempts ?? db.command.exists(false) })
    .update({ status: 'sending', attempts, updatedAt: now });
  return updatedOf(result) === 1;
}

/** Moves a notice on from status `from` (by `_id`, only while still `from`). */
export async function finishNotice(db: Database, id: string, from: OutboxDoc['status'], fields: Record<string, unknown>, now: Date) {
  return db
    .collection(COLLECTIONS.outbox)
    .where({ _id: id, status: from })
    .update({ ...fields, updatedAt: now });
}
