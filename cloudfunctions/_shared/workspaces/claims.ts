import { AppError } from '../../../core/contract';
import { HOLDING_SEAT_STATUSES } from '../../../core/workspaces/model';
import { findByIdOrNull } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { addOnce } from '../duplicate';
import { takeOverFinished } from '../under-claim';

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
  // A claim naming an application that no longer holds seats (its change was cut short before releasing the
  // team, which would otherwise be refused for good) is taken over.
  if (
    claim?.active &&
    (await takeOverFinished(db, {
      claims: { collection: COLLECTIONS.seatClaims, id: input.teamKey },
      field: 'active',
      records: COLLECTIONS.seatApplications,
      holding: HOLDING_SEAT_STATUSES,
      finishedId: claim.active,
      applicationId: input.applicationId,
    }))
  )
    return 'claimed';
  throw new AppError('QUOTA_EXCEEDED', {
    message: { 'zh-CN': '该团队已有一份进行中的工位申请', en: 'This team already has an active seat application' },
    details: { rule: 'one-active-application' },
  });
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
