import { randomUUID } from 'node:crypto';
import type { NoticeTemplate } from '../../core/notices/templates';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import { addOnce } from './duplicate';
import { settleAll } from './side-by-side';
import { findStation } from './stations';

export interface Notice {
  /** Unique per message and recipient: a second attempt with the same key sends nothing. */
  key: string;
  template: NoticeTemplate;
  data: Record<string, unknown>;
}

/**
 * Queues the notice for each recipient: an outbox document (the WeChat subscribe message the scheduler's sender
 * delivers when the recipient has subscribed, scheduler/deliver.ts) and an in-app message. Both are keyed
 * `<key>:<recipient>`, so repeating a notice creates nothing. Answers how many recipients were newly notified: the
 * outbox documents carry the call's token (`addOnce`), so one inserted though its reply was lost still counts.
 */
export async function notify(db: Database, recipients: readonly string[], notice: Notice, now: Date): Promise<number> {
  const call = randomUUID();
  let sent = 0;
  for (const recipient of recipients) {
    const _id = `${notice.key}:${recipient}`;
    // Side by side: neither depends on the other, and a notice sent again writes whichever of the two is missing.
    const queued = addOnce(db, COLLECTIONS.outbox, {
      _id,
      recipient,
      template: notice.template,
      data: notice.data,
      status: 'pending',
      attempts: 0,
      createdAt: now,
      call,
    });
    await settleAll([
      queued,
      addOnce(db, COLLECTIONS.messages, { _id, recipient, template: notice.template, data: notice.data, read: false, createdAt: now }),
    ]);
    if (await queued) sent += 1;
  }
  return sent;
}

/**
 * A notice that follows a state change already written: it must not turn the change into an error (the caller would
 * retry, find the change made, and be refused). A failure is logged with the request id; the notice is lost.
 */
export async function notifyAfterChange(
  ctx: { db: Database; now: Date; requestId: string },
  recipient: string,
  notice: Notice | null,
): Promise<void> {
  if (!notice) return;
  try {
    await notify(ctx.db, [recipient], notice, ctx.now);
  } catch (error) {
    console.error(`[${ctx.requestId}] notice ${notice.key} not queued`, error);
  }
}

/** A station's name in both languages, for a notice's text; null when the station is gone. */
export async function stationNameOf(db: Database, stationId: string): Promise<{ 'zh-CN': string; en: string } | null> {
  return (await findStation(db, stationId))?.name ?? null;
}

// The in-app messages a person reads, each query with the index of INDEXES.messages (collections.ts) that serves it.

/** An in-app message as `notify` stores it. */
export interface StoredMessage {
  _id: string;
  template: string;
  data?: Record<string, unknown>;
  read?: boolean;
  createdAt?: Date;
}

/** One page of a person's messages, newest first (`recipient`); `pageSize + 1` rows, the extra one says there is more. */
export async function messagesPage(db: Database, recipient: string, page: number, pageSize: number): Promise<StoredMessage[]> {
  const { data } = await db
    .collection(COLLECTIONS.messages)
    .where({ recipient })
    .orderBy('createdAt', 'desc')
    .skip(page * pageSize)
    .limit(pageSize + 1)
    .get();
  return data as StoredMessage[];
}

/** How many of a person's messages are unread (`recipient_read`). */
export async function unreadCount(db: Database, recipient: string): Promise<number> {
  return Number((await db.collection(COLLECTIONS.messages).where({ recipient, read: false }).count()).total);
}

/** Marks these messages read, only the recipient's own (by `_id`); answers how many changed. */
export async function markRead(db: Database, recipient: string, ids: readonly string[]): Promise<number> {
  const result = await db
    .collection(COLLECTIONS.messages)
    .where({ _id: db.command.in([...ids]), recipient })
    .update({ read: true });
  return Number((result as { updated?: number }).updated ?? 0);
}

/** A deleted talent's name in their liaison's notices (`data.talentId`, outbox and messages). */
export async function blankTalentName(db: Database, talentId: string): Promise<void> {
  for (const collection of [COLLECTIONS.messages, COLLECTIONS.outbox]) {
    await db.collection(collection).where({ 'data.talentId': talentId }).update({ 'data.talentName': '' });
  }
}

/** Blanks the request's title quoted in staff messages and queued notices (`request` of messages and outbox). */
export async function blankRequestTitle(db: Database, requestId: string): Promise<void> {
  for (const collection of [COLLECTIONS.messages, COLLECTIONS.outbox]) {
    await db.collection(collection).where({ 'data.requestId': requestId }).update({ 'data.title': '' });
  }
}
