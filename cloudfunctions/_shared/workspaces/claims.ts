import { AppError } from '../../../core/contract';
import { HOLDING_SEAT_STATUSES, type SeatApplication } from '../../../core/workspaces/model';
import { findByIdOrNull } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { addOnce } from '../duplicate';

/**
 * One active seat application per team, claimed in one write (insert, or update where none is active). `'created'`:
 * this call wrote the team's first claim, which a refused submit then removes (`dropNewTeamClaim`).
 */
export async function claimTeam(db: Database, input: { teamKey: string; applicationId: string }): Promise<'created' | 'claimed'> {
  if (await addOnce(db, COLLECTIONS.seatClaims, { _id: input.teamKey, active: input.applicationId })) return 'created';
  const { updated } = await db
    .collection(COLLECTIONS.seatClaims)
    .where({ _id: input.teamKey, active: null })
    .update({ active: input.applicationId });
  if (updated === 1) return 'claimed';
  // This call's own write, applied though its reply was lost (sent again, and refused): the application id is new
  // for every call, so a claim on it can be no other's. Releasing it (releaseTeam) undoes it.
  const claim = await findByIdOrNull<{ active: string | null }>(db, COLLECTIONS.seatClaims, input.teamKey);
  if (claim?.active === input.applicationId) return 'claimed';
  if (
    claim?.active &&
    (await takeOverFinished(db, { teamKey: input.teamKey, finishedId: claim.active, applicationId: input.applicationId }))
  )
    return 'claimed';
  throw new AppError('QUOTA_EXCEEDED', {
    message: { 'zh-CN': '该团队已有一份进行中的工位申请', en: 'This team already has an active seat application' },
    details: { rule: 'one-active-application' },
  });
}

/**
 * The claim names an application that no longer holds seats (its change was cut short before releasing the team,
 * which would otherwise be refused for good): this application takes it over, on condition it is still that one's.
 */
async function takeOverFinished(db: Database, input: { teamKey: string; finishedId: string; applicationId: string }): Promise<boolean> {
  const finished = await findByIdOrNull<Pick<SeatApplication, 'status'>>(db, COLLECTIONS.seatApplications, input.finishedId);
  if (!finished || HOLDING_SEAT_STATUSES.includes(finished.status)) return false;
  const { updated } = await db
    .collection(COLLECTIONS.seatClaims)
    .where({ _id: input.teamKey, active: input.finishedId })
    .update({ active: input.applicationId });
  // Refused when sent again after its reply was lost: the claim is then this (new) application's.
  return (
    updated === 1 ||
    (await findByIdOrNull<{ active: string | null }>(db, COLLECTIONS.seatClaims, input.teamKey))?.active === input.applicationId
  );
}

export async function releaseTeam(db: Database, input: { teamKey: string; applicationId: string }): Promise<void> {
  await db.collection(COLLECTIONS.seatClaims).where({ _id: input.teamKey, active: input.applicationId }).update({ active: null });
}

/** Removes the claim a refused submit created, so that a refusal leaves nothing behind (still this application's). */
export async function dropNewTeamClaim(db: Database, input: { teamKey: string; applicationId: string }): Promise<void> {
  await db.collection(COLLECTIONS.seatClaims).where({ _id: input.teamKey, active: input.applicationId }).remove();
}

/** Account deletion: removes the team's claim while no application holds it (by `_id`). */
export async function dropIdleTeamClaim(db: Database, teamKey: string): Promise<void> {
  await db.collection(COLLECTIONS.seatClaims).where({ _id: teamKey, active: null }).remove();
}
