import type { ClaimPending } from '../../../core/capacity/pending';
import { AppError } from '../../../core/contract';
import { afterFinishedClaim } from '../../../core/stays/finished-claim';
import type { StayApplication } from '../../../core/stays/model';
import { findByIdOrNull } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { addOnce } from '../duplicate';

/**
 * `stay_claims`, one per identity document (its keyed hash): the active application and the free stays used, and
 * the submit in progress that made the claim (`pending`, until the scheduler or a release drops it).
 */
export interface PersonClaim {
  _id: string;
  active: string | null;
  free: Record<string, string>;
  pending?: ClaimPending;
}

const ACTIVE_EXISTS = new AppError('QUOTA_EXCEEDED', {
  message: { 'zh-CN': '此证件已有一份进行中的入住申请', en: 'There is already an active stay application for this identity document' },
  details: { rule: 'one-active-application' },
});
const FREE_STAY_USED = new AppError('QUOTA_EXCEEDED', {
  message: { 'zh-CN': '此证件已享受过该项目的免费入住', en: 'This identity document has already had its free stay in this program' },
  details: { rule: 'one-free-stay' },
});

/**
 * Claims the person for this application: no other active application, and the program's free stay not used.
 * The submit's `pending` record (what to give back should it die) goes in the same write. Both are decided by the
 * database in one write — an insert (first application of this person) or a conditional
 * update — so two simultaneous applications of one person cannot both pass. Answers `'replay'` when the claim is
 * already this very application's (a retried submit: the application id derives from caller and request id), and
 * `'created'` when this call wrote the person's first claim (a refused submit then removes it: `dropNewClaim`).
 * A claim this call wrote though it was told otherwise (its reply lost) is known by `pending.call`: `'claimed'`.
 */
export async function claimPerson(
  db: Database,
  input: { idHash: string; program: string; applicationId: string; pending: ClaimPending },
): Promise<'created' | 'claimed' | 'replay'> {
  if (
    await addOnce(db, COLLECTIONS.stayClaims, {
      _id: input.idHash,
      active: input.applicationId,
      free: { [input.program]: input.applicationId },
      pending: input.pending,
    })
  )
    return 'created';
  const claims = db.collection(COLLECTIONS.stayClaims);
  const _ = db.command;
  const { updated } = await claims
    .where({ _id: input.idHash, active: null, [`free.${input.program}`]: _.exists(false) })
    .update({ active: input.applicationId, [`free.${input.program}`]: input.applicationId, pending: _.set(input.pending) });
  if (updated === 1) return 'claimed';
  const { data } = await claims.where({ _id: input.idHash }).limit(1).get();
  const claim = data[0] as PersonClaim | undefined;
  // This call's own write, applied though its reply was lost (the SDK sent it again, and it was refused). Whether
  // it inserted or updated the claim, releasing it (releasePerson) undoes it.
  if (input.pending.call !== undefined && claim?.pending?.call === input.pending.call) return 'claimed';
  if (claim && (claim.active === input.applicationId || claim.free?.[input.program] === input.applicationId)) return 'replay';
  if (claim?.active && (await takeOverFinished(db, { active: claim.active, free: claim.free ?? {} }, input))) return 'claimed';
  throw claim?.active ? ACTIVE_EXISTS : FREE_STAY_USED;
}

/**
 * The claim names an application that is no longer active (its change was cut short before releasing the person):
 * this application takes the claim over, doing what that release would have done (core's `afterFinishedClaim`),
 * in one write conditional on the claim as read. Answers whether it did.
 */
async function takeOverFinished(
  db: Database,
  claim: { active: string; free: Record<string, string> },
  input: { idHash: string; program: string; applicationId: string; pending: ClaimPending },
): Promise<boolean> {
  const finished = await findByIdOrNull<Pick<StayApplication, '_id' | 'status' | 'program'>>(
    db,
    COLLECTIONS.stayApplications,
    claim.active,
  );
  if (!finished) return false;
  const { free } = claim;
  const verdict = afterFinishedClaim({
    finished: { id: finished._id, status: finished.status, program: finished.program },
    free,
    program: input.program,
  });
  if (verdict === 'free-stay-used') throw FREE_STAY_USED;
  if (verdict === 'active') return false;
  const _ = db.command;
  const update: Record<string, unknown> = { active: input.applicationId, pending: _.set(input.pending) };
  if (verdict.returned !== null) update[`free.${verdict.returned}`] = _.remove();
  update[`free.${input.program}`] = input.applicationId;
  const usedBy = free[input.program];
  const { updated } = await db
    .collection(COLLECTIONS.stayClaims)
    .where({ _id: input.idHash, active: claim.active, [`free.${input.program}`]: usedBy === undefined ? _.exists(false) : usedBy })
    .update(update);
  if (updated === 1) return true;
  // Refused when sent again after its reply was lost: the claim then carries this submit's record.
  const stored = await findByIdOrNull<PersonClaim>(db, COLLECTIONS.stayClaims, input.idHash);
  return input.pending.call !== undefined && stored?.pending?.call === input.pending.call;
}

/**
 * Ends the application's claim on the person (and the record of the submit that made it); gives the free stay back
 * when they never had it.
 */
export async function releasePerson(
  db: Database,
  input: { idHash: string; program: string; applicationId: string; returnFreeStay: boolean },
): Promise<void> {
  const _ = db.command;
  await db
    .collection(COLLECTIONS.stayClaims)
    .where({ _id: input.idHash, active: input.applicationId })
    .update({ active: null, pending: _.remove(), ...(input.returnFreeStay ? { [`free.${input.program}`]: _.remove() } : {}) });
}

/** Drops the record of the submit `applicationId` from the person's claim (its application is stored, or undone). */
export async function dropClaimPending(db: Database, input: { idHash: string; applicationId: string }): Promise<void> {
  await db
    .collection(COLLECTIONS.stayClaims)
    .where({ _id: input.idHash, 'pending.id': input.applicationId })
    .update({ pending: db.command.remove() });
}

/**
 * Removes the claim a refused submit created (`claimPerson` answered `'created'`), so that a refusal leaves nothing
 * behind. Only while it is still this application's: nobody else can have changed it meanwhile (it was active).
 */
export async function dropNewClaim(db: Database, input: { idHash: string; applicationId: string }): Promise<void> {
  await db.collection(COLLECTIONS.stayClaims).where({ _id: input.idHash, active: input.applicationId }).remove();
}

/** The claims of these identity hashes (by `_id`), for account deletion to pick the ones that served only them. */
export async function claimsOf(
  db: Database,
  idHashes: readonly string[],
): Promise<Array<{ _id: string; active: string | null; free?: Record<string, string> }>> {
  const hashes = [...new Set(idHashes.filter(Boolean))];
  if (hashes.length === 0) return [];
  const { data } = await db
    .collection(COLLECTIONS.stayClaims)
    .where({ _id: db.command.in(hashes) })
    .limit(hashes.length)
    .get();
  return data as Array<{ _id: string; active: string | null; free?: Record<string, string> }>;
}

/** Removes a claim while no application holds it (by `_id`). */
export async function dropIdleClaim(db: Database, idHash: string): Promise<void> {
  await db.collection(COLLECTIONS.stayClaims).where({ _id: idHash, active: null }).remove();
}

/** The scheduler's next page of claims whose stay submit began before `cutoff` and is still recorded (`pending_at`). */
export async function claimsPendingBefore(db: Database, cutoff: Date, limit: number): Promise<PersonClaim[]> {
  const { data } = await db
    .collection(COLLECTIONS.stayClaims)
    .where({ 'pending.kind': 'stay', 'pending.at': db.command.lt(cutoff) })
    .limit(limit)
    .get();
  return data as PersonClaim[];
}
