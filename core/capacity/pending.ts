import type { CalendarDate } from '../dates';

/**
 * A submit in progress (a seat submit's, in `pending_submits`; a stay submit's is a `ClaimPending` on the person's
 * claim, below), written before it claims the person or team and holds places; a refusal removes it with
 * what it undoes. A stored application's record is left for the scheduler to drop after the grace (one write fewer
 * per submit). A function killed in between (a crash, a timeout, a redeploy) leaves it with no application: it says
 * exactly what to give back, and the scheduler does so once the submit cannot be running any more.
 * Without it, places held by no application and a claim on a missing application would block the person for ever.
 */
export interface PendingSubmit {
  /** The application's id: the holder of the places and the claim's `active`. */
  _id: string;
  kind: 'stay' | 'seat';
  stationId: string;
  dates: CalendarDate[];
  /** Places per date. */
  n: number;
  /** The stay's person claim (identity hash and program) or the seat application's team claim. */
  claim: { idHash: string; program: string } | { teamKey: string };
  at: Date;
}

/**
 * A stay submit in progress, written on the person's claim in the same write that claims them (stays/claims.ts), so
 * that a stay submit pays no write of its own for it: the claim is its first write, so a submit killed before it
 * has nothing to give back, and one killed after it finds here what to give back, as a `PendingSubmit` says. It
 * stays after the application is stored (the scheduler drops it after the grace, or a release of the claim does).
 */
export interface ClaimPending {
  /** Constant, so that the scheduler's range on `at` is served by an index (collections.ts). */
  kind: 'stay';
  /** The application's id: the holder of the nights and the claim's `active`. */
  id: string;
  program: string;
  stationId: string;
  dates: CalendarDate[];
  at: Date;
  /**
   * A token of the call that wrote it (absent on records from before it): a claim whose reply was lost, and which
   * was sent again and refused, is then known as this call's own rather than a retry's of the same submit.
   */
  call?: string;
}

/**
 * How long a submit may still be running: longer than any function's timeout (cloudbaserc.json: 60 s at most) and its
 * retries, with a wide margin, because giving back places a live submit is about to store would overbook.
 */
export const PENDING_SUBMIT_GRACE_MS = 20 * 60 * 1000;

/** Pending submits written before this instant are abandoned. */
export const abandonedBefore = (now: Date): Date => new Date(now.getTime() - PENDING_SUBMIT_GRACE_MS);

/**
 * Whether a change written at `at` can no longer be running: it is older than the grace (`abandonedBefore`), or
 * was written before its instant was recorded (null). Before, what it left half-done may still be completed.
 */
export const changeSettled = (at: Date | null, now: Date): boolean =>
  at === null || new Date(at).getTime() <= abandonedBefore(now).getTime();

/**
 * What the scheduler does with a record past the grace: when its application was stored (the usual case) the
 * record just goes; otherwise its places and claim are given back first. Each step is conditional on the holder,
 * so running a recovery twice gives nothing back twice.
 */
export function recoveryOf(pending: Pick<PendingSubmit, 'dates' | 'n'>, applicationStored: boolean) {
  return { releasePlaces: !applicationStored && pending.dates.length > 0, releaseClaim: !applicationStored };
}
