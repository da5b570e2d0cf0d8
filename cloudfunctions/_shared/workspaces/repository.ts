import type { JoinStep } from '../../../core/workspaces/invite';
import {
  HOLDING_SEAT_STATUSES,
  type SeatApplication,
  type SeatStatus,
  type TeamInvite,
  type TeamMember,
} from '../../../core/workspaces/model';
import { findById, findByIdOrNull, listBySubmitTime, oldestBySubmitTime, pageBySubmitTime, setIfStatus, waitingAt } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';

// The queries on seat applications, each with the index of INDEXES.seat_applications (collections.ts) that serves it.
const COLLECTION = COLLECTIONS.seatApplications;

export const findSeats = (db: Database, id: string) => findById<SeatApplication>(db, COLLECTION, id);

/** The application an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const seatsNamed = (input: { id: string }, ctx: { db: Database }) => findSeats(ctx.db, input.id);

/** By id, or null when there is none. */
export const findSeatsOrNull = (db: Database, id: string) => findByIdOrNull<SeatApplication>(db, COLLECTION, id);

export async function insertSeats(db: Database, app: SeatApplication): Promise<void> {
  await db.collection(COLLECTION).add(app);
}

/** Compare-and-set on the status, objects and arrays stored whole; CONFLICT when someone changed it first. */
export const setSeats = (db: Database, input: { id: string; from: SeatStatus; fields: Partial<SeatApplication> }) =>
  setIfStatus<SeatApplication>(db, COLLECTION, input);

export const listSeats = (db: Database, input: { where: Record<string, unknown>; order: 'asc' | 'desc'; page: number; pageSize: number }) =>
  listBySubmitTime<SeatApplication>(db, COLLECTION, input);

export const pageSeats = (db: Database, input: Parameters<typeof pageBySubmitTime>[2]) =>
  pageBySubmitTime<SeatApplication>(db, COLLECTION, input);

/** The sweep's oldest first, `status` pinned (`status_submitted`). */
export const oldestSeats = (db: Database, where: { status: SeatStatus } & Record<string, unknown>, limit: number) =>
  oldestBySubmitTime<SeatApplication>(db, COLLECTION, where, limit);

/** Pending at a station: how many, and the oldest's wait (`station_status_submitted`). */
export const waitingSeats = (db: Database, stationId: string, status: SeatStatus, now: Date) =>
  waitingAt(db, COLLECTION, { stationId, status }, now);

/**
 * The station's approved bookings overlapping this term (`[first, end)`), whatever their number
 * (`station_status_submitted` pins station and status; the held range narrows it).
 */
export async function approvedOverlapping(
  db: Database,
  app: Pick<SeatApplication, 'stationId' | 'startDate' | 'endDate'>,
): Promise<SeatApplication[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTION)
    .where({ stationId: app.stationId, status: 'approved', 'held.first': _.lt(app.endDate), 'held.end': _.gt(app.startDate) })
    .limit(1000)
    .get();
  return data as SeatApplication[];
}

/** Stores a new invite while the team is open (pending or approved); answers whether it was written (by `_id`). */
export async function setInviteWhileOpen(db: Database, id: string, invite: TeamInvite, now: Date): Promise<boolean> {
  const _ = db.command;
  const { updated } = await db
    .collection(COLLECTION)
    .where({ _id: id, status: _.in([...HOLDING_SEAT_STATUSES]) })
    .update({ invite: _.set(invite), updatedAt: now });
  return updated === 1;
}

/**
 * Adds the joining member to an open team in one conditional update (by `_id`): `claim` makes the leader's entry with
 * the same identity document theirs, `add` appends one while the team has room (fewer than maxTeamSize - 1 members)
 * and neither this account nor this document is in it. Answers whether it was written.
 */
export async function joinIfUnchanged(
  db: Database,
  input: {
    id: string;
    step: Exclude<JoinStep, { kind: 'already' }>;
    openId: string;
    idHash: string;
    member: TeamMember;
    maxTeamSize: number;
    now: Date;
  },
): Promise<boolean> {
  const { step, openId, idHash, member } = input;
  const _ = db.command;
  const where: Record<string, unknown> = { _id: input.id, status: _.in([...HOLDING_SEAT_STATUSES]), memberOpenIds: _.neq(openId) };
  let update: Record<string, unknown>;
  if (step.kind === 'claim') {
    Object.assign(where, { [`memberIdHashes.${step.index}`]: idHash, [`team.members.${step.index}.openId`]: _.exists(false) });
    update = { [`team.members.${step.index}`]: _.set(member), memberOpenIds: _.push(openId), updatedAt: input.now };
  } else {
    // Fewer than maxTeamSize - 1 members (the leader is the other one), and this document not among them.
    Object.assign(where, { [`team.members.${input.maxTeamSize - 2}`]: _.exists(false), memberIdHashes: _.neq(idHash) });
    update = { 'team.members': _.push(member), memberIdHashes: _.push(idHash), memberOpenIds: _.push(openId), updatedAt: input.now };
  }
  const { updated } = await db.collection(COLLECTION).where(where).update(update);
  return updated === 1;
}
