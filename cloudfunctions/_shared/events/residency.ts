import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

// Who may sign up for events open to residents or startup teams, and the lottery's no-show count: queries on stay and
// seat applications and sign-ups, each with the index of INDEXES (collections.ts) that serves it.

/**
 * Stations where the person stays now (an approved or checked-in stay) or holds approved seats (stay_applications and
 * seat_applications `owner_submitted`).
 */
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

/** Leader or invited member of a startup team with approved seats (`owner_submitted`, `member_openids_submitted`). */
export async function isStartupTeamMember(db: Database, openId: string): Promise<boolean> {
  const [led, joined] = await Promise.all([
    db.collection(COLLECTIONS.seatApplications).where({ ownerId: openId, status: 'approved' }).limit(1).get(),
    db.collection(COLLECTIONS.seatApplications).where({ memberOpenIds: openId, status: 'approved' }).limit(1).get(),
  ]);
  return led.data.length + joined.data.length > 0;
}

/** How many sessions the person did not come to (the lottery's no-show policy; event_sign_ups `owner_signed`). */
export async function noShowsOf(db: Database, openId: string): Promise<number> {
  const { total } = await db.collection(COLLECTIONS.eventSignUps).where({ ownerId: openId, status: 'no-show' }).count();
  return total;
}
