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

/** People per aggregation of `noShowsOfEach`, and aggregations sent at once. */
const PEOPLE_PER_COUNT = 100;
const COUNTS_AT_ONCE = 10;

/**
 * How many sessions each of these people did not come to (the lottery's no-show policy; event_sign_ups
 * `owner_signed`); people with none are not in the map. One aggregation per hundred people, ten at a time: a draw of
 * thousands of entries waits for a few round trips, not one per entry.
 */
export async function noShowsOfEach(db: Database, openIds: readonly string[]): Promise<Map<string, number>> {
  const people = [...new Set(openIds)];
  const $ = db.command.aggregate;
  const count = async (group: string[]) => {
    const { data } = await db
      .collection(COLLECTIONS.eventSignUps)
      .aggregate()
      .match({ ownerId: db.command.in(group), status: 'no-show' })
      .group({ _id: '$ownerId', n: $.sum(1) })
      .limit(group.length)
      .end();
    return data as Array<{ _id: string; n: number }>;
  };
  const counted = new Map<string, number>();
  for (let i = 0; i < people.length; i += PEOPLE_PER_COUNT * COUNTS_AT_ONCE) {
    const groups = [];
    for (let j = i; j < Math.min(people.length, i + PEOPLE_PER_COUNT * COUNTS_AT_ONCE); j += PEOPLE_PER_COUNT)
      groups.push(people.slice(j, j + PEOPLE_PER_COUNT));
    for (const rows of await Promise.all(groups.map(count))) for (const row of rows) counted.set(row._id, row.n);
  }
  return counted;
}
