import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';

/** Stations where the person stays now (an approved or checked-in stay) or holds approved seats. */
export async function residentOf(db: Database, openId: string): Promise<string[]> {
  const _ = db.command;
  const [stays, seats] = await Promise.all([
    db
      .collection(COLLECTIONS.stayApplications)
      .where({ ownerId: openId, status: _.in(['approved', 'checked-in']) })
      .limit(100)
      .get(),
    db.collection(COLLECTIONS.seatApplications).where({ ownerId: openId, status: 'approved' }).limit(100).get(),
  ]);
  return [...new Set([...stays.data, ...seats.data].map((a) => String((a as { stationId: string }).stationId)))];
}

/** Leader or invited member of a startup team with approved seats. */
export async function isStartupTeamMember(db: Database, openId: string): Promise<boolean> {
  const [led, joined] = await Promise.all([
    db.collection(COLLECTIONS.seatApplications).where({ ownerId: openId, status: 'approved' }).limit(1).get(),
    db.collection(COLLECTIONS.seatApplications).where({ memberOpenIds: openId, status: 'approved' }).limit(1).get(),
  ]);
  return led.data.length + joined.data.length > 0;
}

/** How many sessions the person did not come to (the lottery's no-show policy). */
export async function noShowsOf(db: Database, openId: string): Promise<number> {
  const { total } = await db.collection(COLLECTIONS.eventSignUps).where({ ownerId: openId, status: 'no-show' }).count();
  return total;
}
