import type { ActionContext } from '../_shared/handler';
import { findSeatsOrNull } from '../_shared/workspaces/repository';

/**
 * What a team member's stay needs to know about the team: is its seat application approved, and is this person
 * (by identity document) its leader or one of its members.
 */
export async function teamFacts(
  ctx: Pick<ActionContext, 'db'>,
  input: { seatApplicationId: string | undefined; idHash: string },
): Promise<{ approved: boolean; personIsMember: boolean } | null> {
  if (!input.seatApplicationId) return null;
  const seat = await findSeatsOrNull(ctx.db, input.seatApplicationId);
  if (!seat) return null;
  const hashes = [seat.leaderIdHash, ...(seat.memberIdHashes ?? [])];
  return { approved: seat.status === 'approved', personIsMember: hashes.includes(input.idHash) };
}
