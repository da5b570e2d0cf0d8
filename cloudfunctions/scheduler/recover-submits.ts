import { abandonedBefore, recoveryOf, type PendingSubmit } from '../../core/capacity/pending';
import { storedIds } from '../_shared/applications';
import { releaseDates } from '../_shared/capacity';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';
import { abandonedSubmits, endSubmits } from '../_shared/pending-submits';
import { claimsPendingBefore, dropClaimPending, releasePerson } from '../_shared/stays/claims';
import { releaseTeam } from '../_shared/workspaces/claims';

const PAGE = 100;
/** At most this many pages per kind per run; the next run takes the rest. */
const MAX_PAGES = 20;

const KINDS = {
  stay: { applications: COLLECTIONS.stayApplications, counters: 'stay_nights' },
  seat: { applications: COLLECTIONS.seatApplications, counters: 'seat_days' },
} as const;

/**
 * Every abandoned submit undone (`recoverAbandonedSubmits`: seat submits, and stay submits of before the pending
 * record moved onto the claim; `recoverAbandonedStayClaims`: stay submits); answers how many were undone.
 */
export async function recoverAllAbandonedSubmits(db: Database, now: Date): Promise<number> {
  return (await recoverAbandonedSubmits(db, now)) + (await recoverAbandonedStayClaims(db, now));
}

/**
 * The same for stay submits, whose pending record is on the person's claim (`pending`, stays/claims.ts): past the
 * grace, a stored application's record just goes; a submit that died after claiming has its nights given back (only
 * where it still holds them) and its claim (only while still its own), then its record goes.
 */
export async function recoverAbandonedStayClaims(db: Database, now: Date): Promise<number> {
  let undone = 0;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const claims = (await claimsPendingBefore(db, abandonedBefore(now), PAGE)).flatMap(({ _id, pending }) =>
      pending ? [{ idHash: _id, pending }] : [],
    );
    if (claims.length === 0) break;
    const stored = await storedIds(
      db,
      COLLECTIONS.stayApplications,
      claims.map((c) => c.pending.id),
    );
    for (const { idHash, pending } of claims) {
      const { id, program, stationId, dates } = pending;
      const step = recoveryOf({ dates, n: 1 }, stored.has(id));
      if (step.releasePlaces) await releaseDates(db, { collection: KINDS.stay.counters, stationId, dates, n: 1, holder: id });
      if (step.releaseClaim) {
        await releasePerson(db, { idHash, program, applicationId: id, returnFreeStay: true });
        undone += 1;
      }
      // Dealt with: the next read is the next page (a release above has dropped it already).
      await dropClaimPending(db, { idHash, applicationId: id });
    }
    if (claims.length < PAGE) break;
  }
  return undone;
}

/**
 * Deals with pending-submit records past the grace (core/capacity/pending.ts): a stored application's record just
 * goes (the usual case: submits leave theirs for this); a submit that died between claiming and storing has its
 * places given back (only where it is still the holder) and its claim (only while still its own) first. Pages
 * through up to MAX_PAGES pages per kind per run; answers how many submits were undone.
 */
export async function recoverAbandonedSubmits(db: Database, now: Date): Promise<number> {
  let undone = 0;
  for (const [kind, where] of Object.entries(KINDS) as Array<[PendingSubmit['kind'], (typeof KINDS)[keyof typeof KINDS]]>) {
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const pending = await abandonedSubmits(db, kind, abandonedBefore(now), PAGE);
      if (pending.length === 0) break;
      const ids = pending.map((p) => p._id);
      const stored = await storedIds(db, where.applications, ids);
      for (const p of pending) {
        const step = recoveryOf(p, stored.has(p._id));
        if (step.releasePlaces)
          await releaseDates(db, { collection: where.counters, stationId: p.stationId, dates: p.dates, n: p.n, holder: p._id });
        if (!step.releaseClaim) continue;
        if ('teamKey' in p.claim) await releaseTeam(db, { teamKey: p.claim.teamKey, applicationId: p._id });
        else await releasePerson(db, { idHash: p.claim.idHash, program: p.claim.program, applicationId: p._id, returnFreeStay: true });
        undone += 1;
      }
      // Each page's records go once dealt with, so the next read is the next page.
      await endSubmits(db, ids);
      if (pending.length < PAGE) break;
    }
  }
  return undone;
}
