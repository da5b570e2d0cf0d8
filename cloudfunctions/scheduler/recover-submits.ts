import { abandonedBefore, recoveryOf, type PendingSubmit } from '../../core/capacity/pending';
import { releaseDates } from '../_shared/capacity';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';
import { endSubmit } from '../_shared/pending-submits';
import { releasePerson } from '../stays/claims';
import { releaseTeam } from '../workspaces/claims';

const PAGE = 100;

const KINDS = {
  stay: { applications: COLLECTIONS.stayApplications, counters: 'stay_nights' },
  seat: { applications: COLLECTIONS.seatApplications, counters: 'seat_days' },
} as const;

/**
 * Undoes submits that died between claiming and storing their application (core/capacity/pending.ts): gives back
 * their places (only where they are still the holder's) and their claim (only while it is still theirs), then drops
 * the record. A record whose application was stored just goes. One page per kind per run; answers how many
 * submits were undone.
 */
export async function recoverAbandonedSubmits(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  let undone = 0;
  for (const [kind, where] of Object.entries(KINDS) as Array<[PendingSubmit['kind'], (typeof KINDS)[keyof typeof KINDS]]>) {
    const { data } = await db.collection(COLLECTIONS.pendingSubmits).where({ kind, at: _.lt(abandonedBefore(now)) }).limit(PAGE).get();
    const pending = data as PendingSubmit[];
    if (pending.length === 0) continue;
    const ids = pending.map((p) => p._id);
    const { data: stored } = await db.collection(where.applications).where({ _id: _.in(ids) }).field({ _id: true }).limit(ids.length).get();
    const storedIds = new Set((stored as Array<{ _id: string }>).map((a) => a._id));
    for (const p of pending) {
      const step = recoveryOf(p, storedIds.has(p._id));
      if (step.releasePlaces) await releaseDates(db, { collection: where.counters, stationId: p.stationId, dates: p.dates, n: p.n, holder: p._id });
      if (step.releaseClaim) {
        if ('teamKey' in p.claim) await releaseTeam(db, { teamKey: p.claim.teamKey, applicationId: p._id });
        else await releasePerson(db, { idHash: p.claim.idHash, program: p.claim.program, applicationId: p._id, returnFreeStay: true });
        undone += 1;
      }
      await endSubmit(db, p._id);
    }
  }
  return undone;
}
