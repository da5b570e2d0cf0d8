import { AppError } from '../../core/contract';
import type { SeatApplication } from '../../core/workspaces/model';
import type { ReadContext } from '../_shared/handler';
import { findSeats } from '../_shared/workspaces/repository';
import { tokenMatches } from './invite-token';

/**
 * The application an invite link names, if the token is its current one. A wrong token, an older version's token
 * or an unknown id all answer NOT_FOUND, so links cannot be probed; expiry is core's to judge (`joinStep`). An action's
 * prefetch: read beside the caller's user, or beside the shell's checks for one that takes personal data (handler.ts).
 */
export async function invitedSeats(
  input: { id: string; token: string },
  ctx: Pick<ReadContext, 'db' | 'config'>,
): Promise<SeatApplication> {
  const app = await findSeats(ctx.db, input.id).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (!app || !tokenMatches(ctx.config.idHashKey, app._id, app.invite, input.token)) throw new AppError('NOT_FOUND');
  return app;
}
