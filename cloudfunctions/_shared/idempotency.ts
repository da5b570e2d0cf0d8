import { createHash, randomUUID } from 'node:crypto';
import { replySubjects } from '../../core/account/reply-subjects';
import { AppError } from '../../core/contract';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import { isDuplicateWrite } from './duplicate';

/** A claim left `pending` this long belongs to a call that died; a retry may take it over. */
export const STALE_CLAIM_MS = 5 * 60_000;

/** What a retry meets while the first call of its submit is still at work. */
export const stillProcessing = () =>
  new AppError('CONFLICT', {
    message: { 'zh-CN': '该提交正在处理中，请稍候刷新查看', en: 'This submission is still being processed; refresh in a moment' },
  });

/**
 * The id of the record a submit creates (`<prefix>-<hash of its key>`): a retry of the submit names the same record,
 * so the database recognises it (actions `idempotent: 'by-handler'`, which the shell gives a key: requireRequestId).
 */
export function submitRecordId(prefix: string, submitKey: string | null): string {
  if (!submitKey) throw new Error(`a ${prefix} record is created only by a submit with a requestId`);
  return `${prefix}-${createHash('sha256').update(submitKey).digest('hex').slice(0, 32)}`;
}

interface Claim {
  _id: string;
  state: 'pending' | 'done';
  reply?: unknown;
  createdAt: Date;
  /** The claiming call's token: its insert, applied though the reply was lost and refused when sent again, is its own. */
  call?: string;
}

const claimOf = async (db: Database, key: string): Promise<Claim | undefined> =>
  (await db.collection(COLLECTIONS.idempotency).where({ _id: key }).limit(1).get()).data[0] as Claim | undefined;

/**
 * Runs a submit once per key (`<function>.<action>:<caller>:<requestId>`): the first call claims the key by
 * inserting it (the database's unique `_id` decides between two at once), later calls get the stored reply.
 * A call that fails releases its claim, so the user can correct the input and retry with the same id.
 * `owner` (the caller's openid) is what deleting their account finds their stored replies by; `subjects`, the other
 * accounts whose records the reply shows (a staff action's, core/account/reply-subjects.ts), what deleting one of
 * those finds it by.
 */
export async function runOnce<T>(db: Database, key: string, now: Date, run: () => Promise<T>, owner?: string): Promise<T> {
  const claims = db.collection(COLLECTIONS.idempotency);
  const call = randomUUID();
  try {
    await claims.add({ _id: key, state: 'pending', createdAt: now, call, ...(owner ? { owner } : {}) });
  } catch (error) {
    if (!isDuplicateWrite(error)) throw error;
    const claim = await claimOf(db, key);
    if (claim?.state === 'done') return claim.reply as T;
    if (claim?.call === call) return runClaimed(db, key, run, owner);
    const stale = claim && now.getTime() - new Date(claim.createdAt).getTime() > STALE_CLAIM_MS;
    if (!stale) throw stillProcessing();
    // Take over a dead call's claim only if nobody else did in the meantime (or this call did: its reply lost).
    const { updated } = await claims.where({ _id: key, state: 'pending', createdAt: claim.createdAt }).update({ createdAt: now, call });
    if (updated !== 1 && (await claimOf(db, key))?.call !== call) throw new AppError('CONFLICT');
  }
  return runClaimed(db, key, run, owner);
}

/** Runs the submit whose key this call holds: its reply is stored, or on failure the key is given up. */
async function runClaimed<T>(db: Database, key: string, run: () => Promise<T>, owner?: string): Promise<T> {
  const claims = db.collection(COLLECTIONS.idempotency);
  let reply: T;
  try {
    reply = await run();
  } catch (error) {
    await claims.doc(key).remove();
    throw error;
  }
  // `_.set` stores the reply whole; a plain object would be flattened into dotted paths and lose empty objects.
  const subjects = replySubjects(reply, owner ?? '');
  await claims.doc(key).update({ state: 'done', reply: db.command.set(reply as never), ...(subjects.length > 0 ? { subjects } : {}) });
  return reply;
}
