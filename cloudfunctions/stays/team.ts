import { COLLECTIONS } from '../_shared/collections';
import type { ActionContext } from '../_shared/handler';

interface SeatApplicationFacts {
  ownerId: string;
  status: string;
  leaderIdHash?: string;
  memberIdHashes?: string[];
}

/**
 * What a team member's stay needs to know about the team: is its seat application approved, and is this person
 * (by identity document) its leader or one of its members.
 */
export async function teamFacts(
  ctx: ActionContext,
  input: { seatApplicationId: string | undefined; idHash: string },
): Promise<{ approved: boolean; personIsMember: boolean } | null> {
  if (!input.seatApplicationId) return null;
  const { data } = await ctx.db.collection(COLLECTIONS.seatApplications).where({ _id: input.seatApplicationId }).limit(1).get();
  const seat = data[0] as SeatApplicationFacts | undefined;
  if (!seat) return null;
  const hashes = [seat.leaderIdHash, ...(seat.memberIdHashes ?? [])];
  return { approved: seat.status === 'approved', personIsMember: hashes.includes(input.idHash) };
}
