import type { NoticeTemplate } from '../../../core/requests/notices';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

export interface Notice {
  /** Unique per message and recipient: a second attempt with the same key sends nothing. */
  key: string;
  template: NoticeTemplate;
  data: Record<string, unknown>;
}

const isDuplicate = (error: unknown) => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

async function addOnce(db: Database, collection: string, doc: Record<string, unknown>): Promise<boolean> {
  try {
    await db.collection(collection).add(doc);
    return true;
  } catch (error) {
    if (isDuplicate(error)) return false;
    throw error;
  }
}

/**
 * Queues the notice for each recipient: an outbox document (for the WeChat subscribe message a later sender
 * delivers; none is sent in this version) and an in-app message. Both are keyed `<key>:<recipient>`, so
 * repeating a notice creates nothing. Answers how many recipients were newly notified.
 */
export async function notify(db: Database, recipients: readonly string[], notice: Notice, now: Date): Promise<number> {
  let sent = 0;
  for (const recipient of recipients) {
    const _id = `${notice.key}:${recipient}`;
    const queued = await addOnce(db, COLLECTIONS.outbox, { _id, recipient, template: notice.template, data: notice.data, status: 'pending', createdAt: now });
    await addOnce(db, COLLECTIONS.messages, { _id, recipient, template: notice.template, data: notice.data, read: false, createdAt: now });
    if (queued) sent += 1;
  }
  return sent;
}

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
