/**
 * Per-user rate limits on submits (DESIGN.md, `RATE_LIMITED`): a fixed window per caller per action, counted in
 * one database document per window. The decisions are here; the counting (one conditional update) is in
 * `cloudfunctions/_shared/rate-limit.ts`.
 */
export interface RateLimit {
  /** Calls allowed in one window. */
  max: number;
  /** Length of the window in seconds; windows start at multiples of it since the epoch (UTC). */
  perSeconds: number;
}

/** The applicants' submits: 10 per 10 minutes per caller and action, far above any honest use of a form. */
export const SUBMIT_RATE_LIMIT: RateLimit = { max: 10, perSeconds: 600 };

/** The window `now` falls in: `[start, end)` (the end is the next window's start). */
export function rateWindow({ now, limit }: { now: Date; limit: RateLimit }): { start: Date; end: Date } {
  const ms = limit.perSeconds * 1000;
  const start = Math.floor(now.getTime() / ms) * ms;
  return { start: new Date(start), end: new Date(start + ms) };
}

/** Whole seconds until the window `now` falls in ends; at least 1, so a client never retries at once. */
export function retryAfterSeconds({ now, limit }: { now: Date; limit: RateLimit }): number {
  const { end } = rateWindow({ now, limit });
  return Math.max(1, Math.ceil((end.getTime() - now.getTime()) / 1000));
}

/** `_id` of the counter: `<fn>.<action>:<openId>:<window start, epoch ms>`. */
export const rateCounterId = ({ scope, openId, start }: { scope: string; openId: string; start: Date }): string =>
  `${scope}:${openId}:${start.getTime()}`;

/** What the counter of a window holds: the calls counted, and the requestIds of the counted submits. */
export interface RateCounter {
  n: number;
  ids?: string[];
}

/**
 * After the conditional increment did not apply: a retry of a submit already counted in this window passes
 * uncharged ('retry'); otherwise the window is full. `counter` null means the document is gone (swept): try again.
 */
export function afterRefusedIncrement({
  counter,
  requestId,
}: {
  counter: RateCounter | null;
  requestId: string | null;
}): 'retry' | 'full' | 'again' {
  if (!counter) return 'again';
  if (requestId && (counter.ids ?? []).includes(requestId)) return 'retry';
  return 'full';
}
