import {
  afterRefusedIncrement,
  rateCounterId,
  rateWindow,
  retryAfterSeconds,
  type RateCounter,
  type RateLimit,
} from '../../core/abuse/rate-limit';
import { AppError } from '../../core/contract';
import type { Database } from './cloud';
import { COLLECTIONS } from './collections';
import { isDuplicateWrite } from './duplicate';

/**
 * Counts one call of `scope` (`<fn>.<action>`) by `openId` in the current window, or answers `RATE_LIMITED`.
 * The count is one conditional update of the window's document (`n < max`, and this requestId not yet counted),
 * which the database applies atomically: no in-process state, so it holds across any number of instances. The
 * window's first call creates the document with `n: 1` (its unique `_id` decides between two at once; a
 * `DATABASE_DUPLICATE_WRITE` means it exists). A retry of a submit
 * already counted in this window passes without being counted again.
 */
export async function takeRateSlot(
  db: Database,
  { scope, openId, requestId, limit, now }: { scope: string; openId: string; requestId: string | null; limit: RateLimit; now: Date },
): Promise<void> {
  const _ = db.command;
  const counters = db.collection(COLLECTIONS.rateLimits);
  const window = rateWindow({ now, limit });
  const _id = rateCounterId({ scope, openId, start: window.start });
  const increment = async () => {
    const { updated } = await counters
      .where(requestId ? { _id, n: _.lt(limit.max), ids: _.neq(requestId) } : { _id, n: _.lt(limit.max) })
      .update(requestId ? { n: _.inc(1), ids: _.push(requestId) } : { n: _.inc(1) });
    return updated === 1;
  };
  // Most submits are their caller's first in the window (honest users submit rarely), so creating the window's
  // document is tried first: one write then. Afterwards only the conditional update counts.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      // `kind` is constant so the sweep's range on `expiresAt` is served by an index (collections.ts).
      // `owner`: what deleting the caller's account finds their windows by.
      await counters.add({
        _id,
        kind: 'window',
        owner: openId,
        n: 1,
        ids: requestId ? [requestId] : [],
        windowStart: window.start,
        expiresAt: window.end,
      });
      return;
    } catch (error) {
      if (!isDuplicateWrite(error)) throw error;
    }
    // The window exists: count this call, unless it is full or this submit was already counted.
    if (await increment()) return;
    const { data } = await counters.where({ _id }).limit(1).get();
    const verdict = afterRefusedIncrement({ counter: (data[0] as RateCounter | undefined) ?? null, requestId });
    if (verdict === 'retry') return;
    if (verdict === 'full') break;
  }
  throw new AppError('RATE_LIMITED', { details: { retryAfterSeconds: retryAfterSeconds({ now, limit }) } });
}

/** Removes the counters of windows that have ended (the scheduler's timer). */
export async function sweepRateCounters(db: Database, now: Date): Promise<number> {
  const { deleted } = await db
    .collection(COLLECTIONS.rateLimits)
    .where({ kind: 'window', expiresAt: db.command.lt(now) })
    .remove();
  return Number(deleted ?? 0);
}
