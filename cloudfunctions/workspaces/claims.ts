import { AppError } from '../../core/contract';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';

const isDuplicate = (error: unknown) => (error as { code?: unknown })?.code === 'DATABASE_DUPLICATE_WRITE';

/** One active seat application per team, claimed in one write (insert, or update where none is active). */
export async function claimTeam(db: Database, input: { teamKey: string; applicationId: string }): Promise<void> {
  const claims = db.collection(COLLECTIONS.seatClaims);
  try {
    await claims.add({ _id: input.teamKey, active: input.applicationId });
    return;
  } catch (error) {
    if (!isDuplicate(error)) throw error;
  }
  const { updated } = await claims.where({ _id: input.teamKey, active: null }).update({ active: input.applicationId });
  if (updated === 1) return;
  throw new AppError('QUOTA_EXCEEDED', {
    message: { 'zh-CN': '该团队已有一份进行中的工位申请', en: 'This team already has an active seat application' },
    details: { rule: 'one-active-application' },
  });
}

export async function releaseTeam(db: Database, input: { teamKey: string; applicationId: string }): Promise<void> {
  await db.collection(COLLECTIONS.seatClaims).where({ _id: input.teamKey, active: input.applicationId }).update({ active: null });
}
