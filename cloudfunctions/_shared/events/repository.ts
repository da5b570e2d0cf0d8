import { isDeepStrictEqual } from 'node:util';
import { createHash, randomUUID } from 'node:crypto';
import { AppError } from '../../../core/contract';
import type { EventRecord, LotteryDraw, SessionRecord, SignUpRecord, SignUpStatus } from '../../../core/events/model';
import { findById, findByIdOrNull, setIfStatus, setIfStill } from '../applications';
import { COLLECTIONS } from '../collections';
import { insertOwn } from '../duplicate';
import { oncePerCall } from '../recent-calls';
import type { Database } from '../cloud';

// The queries on events, their sessions and sign-ups, each with the index of INDEXES.events / event_sessions /
// event_sign_ups (collections.ts) that serves it; lookups and writes by `_id` use the primary key.

export const findEvent = (db: Database, id: string) => findById<EventRecord>(db, COLLECTIONS.events, id);
export const findSession = (db: Database, id: string) => findById<SessionRecord>(db, COLLECTIONS.eventSessions, id);
export const findSignUp = (db: Database, id: string) => findById<SignUpRecord>(db, COLLECTIONS.eventSignUps, id);

/** The event an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const eventNamed = (input: { id: string }, ctx: { db: Database }) => findEvent(ctx.db, input.id);

/** The event an organiser's action names (`input.eventId`), as its prefetch: read beside the caller's user (handler.ts). */
export const eventIdNamed = (input: { eventId: string }, ctx: { db: Database }) => findEvent(ctx.db, input.eventId);

/** The sign-up an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const signUpNamed = (input: { id: string }, ctx: { db: Database }) => findSignUp(ctx.db, input.id);

/**
 * A session as an action's prefetch read it, with its event or what reading the event threw: `organiserSession` answers
 * that after its station check, as when the event was read after it.
 */
export interface SessionRead {
  session: SessionRecord;
  event: EventRecord | { refused: unknown };
}

/** The session an action names (`input.sessionId`), then its event, as its prefetch: read beside the caller's user (handler.ts). */
export async function sessionNamed(input: { sessionId: string }, ctx: { db: Database }): Promise<SessionRead> {
  const session = await findSession(ctx.db, input.sessionId);
  const event = await findEvent(ctx.db, session.eventId).catch((refused: unknown) => ({ refused }));
  return { session, event };
}

/** A sign-up's id: one per person per session, so the database's unique `_id` decides between two at once. */
export const signUpIdOf = (sessionId: string, openId: string): string =>
  `su-${createHash('sha256').update(`${sessionId}\n${openId}`).digest('hex').slice(0, 24)}`;

/** The public name of a sign-up in a published draw: a one-way hash of its id, so the id (the QR code) stays secret. */
export const entryIdOf = (signUpId: string): string => `en-${createHash('sha256').update(`entry\n${signUpId}`).digest('hex').slice(0, 16)}`;

/** By id, or null (the primary key). */
export const maybeSignUp = (db: Database, id: string) => findByIdOrNull<SignUpRecord>(db, COLLECTIONS.eventSignUps, id);

/** The sessions of these events (a page of events has at most a few hundred), by start (`event_starts`). */
export async function sessionsOf(db: Database, eventIds: readonly string[]): Promise<SessionRecord[]> {
  if (eventIds.length === 0) return [];
  const { data } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ eventId: db.command.in([...eventIds]) })
    .orderBy('startsAt', 'asc')
    .limit(1000)
    .get();
  return data as SessionRecord[];
}

/** A session's count as the caller last knew it (`takePlaces` skips its read while this says the party fits). */
export interface KnownCount {
  capacity: number;
  taken: number;
}

/**
 * Takes `n` places in one conditional update: only while `taken + n <= capacity` (as `taken <= capacity - n`, with
 * the capacity known pinned too, so an edit of it in between makes this miss rather than overbook). Never a
 * read-then-write: any number of concurrent sign-ups leave `taken <= capacity`. One retry after a fresh read when
 * the capacity moved.
 * The update adds a token of this call to the session's recent calls and is refused where it is already there: sent
 * again after its reply was lost, it takes nothing twice, and the next read knows it as done.
 * `known`: the session as the caller just read it, kept up to date here. While it says the party fits, the update
 * goes without a read first (a round trip less: the condition, not the read, decides); a miss reads and decides.
 */
export async function takePlaces(db: Database, sessionId: string, n: number, now: Date, known?: KnownCount): Promise<boolean> {
  const _ = db.command;
  const call = randomUUID();
  const once = oncePerCall(db, 'recentCalls', call);
  const count: KnownCount = known ?? { capacity: 0, taken: Infinity };
  for (let attempt = 0; ; attempt += 1) {
    if (attempt > 0 || count.taken + n > count.capacity) {
      const session = await findSession(db, sessionId);
      count.capacity = session.capacity;
      count.taken = session.taken;
      if (session.recentCalls?.includes(call)) return true;
      if (attempt === 2 || session.taken + n > session.capacity) return false;
    }
    const { updated } = await db
      .collection(COLLECTIONS.eventSessions)
      .where({ _id: sessionId, capacity: count.capacity, taken: _.lte(count.capacity - n), ...once.where })
      .update({ taken: _.inc(n), countedAt: now, ...once.update });
    if (updated === 1) {
      count.taken += n;
      return true;
    }
  }
}

/**
 * Gives `n` places back (a cancellation, a lost race after taking them), with a token as `takePlaces`: sent again
 * after its reply was lost, it gives nothing back twice (which would let sign-ups beyond the capacity).
 */
export async function releasePlaces(db: Database, sessionId: string, n: number, now: Date): Promise<void> {
  const once = oncePerCall(db, 'recentCalls', randomUUID());
  await db
    .collection(COLLECTIONS.eventSessions)
    .where({ _id: sessionId, taken: db.command.gte(n), ...once.where })
    .update({ taken: db.command.inc(-n), countedAt: now, ...once.update });
}

/** Compare-and-set on the sign-up's status; CONFLICT when someone changed it first. */
export const setSignUp = (db: Database, input: { id: string; from: SignUpStatus; fields: Partial<SignUpRecord> }) =>
  setIfStatus<SignUpRecord>(db, COLLECTIONS.eventSignUps, input);

/**
 * A session's sign-ups in one status, in waitlist order (rank, then `_id`: two signed up in the same millisecond come
 * in the same order every time), at most `limit` (`session_status_rank`).
 */
export async function signUpsIn(db: Database, sessionId: string, status: SignUpStatus, limit = 1000): Promise<SignUpRecord[]> {
  const { data } = await db
    .collection(COLLECTIONS.eventSignUps)
    .where({ sessionId, status })
    .orderBy('rank', 'asc')
    .orderBy('_id', 'asc')
    .limit(limit)
    .get();
  return data as SignUpRecord[];
}

/** The most documents one query answers (CloudBase: 1000; the SDK clamps a larger limit to it). */
const MAX_PAGE = 1000;

/**
 * A page of a session's sign-ups (in one status, or all), in waitlist order (rank, then `_id`, so that pages never
 * share nor miss a sign-up tied on rank; `session_status_rank`). One more than the page is read to say whether
 * another follows, so a page holds at most `MAX_PAGE - 1`: a larger one would be cut to what one query answers and
 * say that nothing follows.
 */
export async function allSignUps(db: Database, sessionId: string, page = 0, pageSize = MAX_PAGE - 1, status?: SignUpStatus) {
  const size = Math.min(pageSize, MAX_PAGE - 1);
  const { data } = await db
    .collection(COLLECTIONS.eventSignUps)
    .where(status ? { sessionId, status } : { sessionId })
    .orderBy('rank', 'asc')
    .orderBy('_id', 'asc')
    .skip(page * size)
    .limit(size + 1)
    .get();
  return { items: (data as SignUpRecord[]).slice(0, size), hasMore: data.length > size };
}

/**
 * Every sign-up of a session (in one status, or all), in waitlist order, a page at a time: a lottery's entries, a big
 * session's holders may be many more than one query answers. Each page starts after the last sign-up read (rank, then
 * `_id`), not at an offset: sign-ups tied on rank across a page's end are read once each, and one that changes status
 * between two pages does not move the next page along (an offset would then skip a sign-up, or read one twice).
 */
export async function everySignUp(db: Database, sessionId: string, status?: SignUpStatus): Promise<SignUpRecord[]> {
  const _ = db.command;
  const within = status ? { sessionId, status } : { sessionId };
  const all: SignUpRecord[] = [];
  let last: SignUpRecord | undefined;
  for (;;) {
    const where = last
      ? _.and([{ ...within, rank: _.gte(last.rank) }, _.or([{ rank: _.gt(last.rank) }, { _id: _.gt(last._id) }])])
      : within;
    const { data } = await db
      .collection(COLLECTIONS.eventSignUps)
      .where(where as Record<string, unknown>)
      .orderBy('rank', 'asc')
      .orderBy('_id', 'asc')
      .limit(MAX_PAGE)
      .get();
    const page = data as SignUpRecord[];
    all.push(...page);
    if (page.length < MAX_PAGE) return all;
    last = page[page.length - 1];
  }
}

/** The people holding a sign-up of the session in any of `statuses`, each once: who a notice to the session goes to. */
export async function peopleSignedUp(db: Database, sessionId: string, statuses: readonly SignUpStatus[]): Promise<string[]> {
  const signUps = (await Promise.all(statuses.map((status) => everySignUp(db, sessionId, status)))).flat();
  return [...new Set(signUps.map((s) => s.ownerId))];
}

/** Upcoming events: a page of what `where` selects (it pins `active`, a range on `lastStartsAt`), soonest first (`active_last`). */
export async function upcomingEvents(db: Database, where: Record<string, unknown>, page: number, pageSize: number) {
  const { data } = await db
    .collection(COLLECTIONS.events)
    .where(where)
    .orderBy('lastStartsAt', 'asc')
    .skip(page * pageSize)
    .limit(pageSize + 1)
    .get();
  return { items: (data as EventRecord[]).slice(0, pageSize), hasMore: data.length > pageSize };
}

export const insertEvent = (db: Database, event: EventRecord): Promise<void> => insertOwn(db, COLLECTIONS.events, event);

/** Rewrites an edited event by `_id`: the title, description and fields replaced whole, never merged. */
export async function replaceEvent(db: Database, event: EventRecord): Promise<void> {
  const _ = db.command;
  const { _id, ...fields } = event;
  await db
    .collection(COLLECTIONS.events)
    .doc(_id)
    .update({ ...fields, title: _.set(fields.title), description: _.set(fields.description), fields: _.set(fields.fields) });
}

export const insertSession = (db: Database, session: SessionRecord): Promise<void> => insertOwn(db, COLLECTIONS.eventSessions, session);

/**
 * Writes an edited session by `_id`, only while its places taken fit the new capacity (`taken <= capacity`: the same
 * conditional update that keeps sign-ups within it). False when places taken meanwhile are above it. An edit that
 * leaves the session as it was (another field of the event edited, a retried save) modifies nothing, which the
 * database counts as no update (MongoDB's nModified): a session found as written, within the capacity, was saved.
 */
export async function updateSessionWithinTaken(db: Database, session: SessionRecord): Promise<boolean> {
  const _ = db.command;
  const terms = editedTerms(session);
  const { updated } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ _id: session._id, taken: _.lte(session.capacity) })
    .update({ ...terms, place: _.set(terms.place) });
  if (updated === 1) return true;
  const stored = await findSession(db, session._id);
  return stored.taken <= session.capacity && isDeepStrictEqual(editedTerms(stored), terms);
}

/** What an edit writes of a session (`updateSessionWithinTaken`): its times, place, capacity and reminder. */
const editedTerms = ({ date, startTime, endTime, startsAt, endsAt, place, capacity, reminded }: SessionRecord) => ({
  date,
  startTime,
  endTime,
  startsAt,
  endsAt,
  place,
  capacity,
  reminded,
});

/**
 * Publishes a lottery draw on the session by `_id`, once: false when another draw is already there (`draw: null`
 * pinned). A publication sent again after its reply was lost finds its own draw (by its seed, random per draw).
 */
export async function publishDrawOnce(db: Database, sessionId: string, draw: LotteryDraw): Promise<boolean> {
  const { updated } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ _id: sessionId, draw: null })
    .update({ draw: db.command.set(draw) });
  return updated === 1 || (await findSession(db, sessionId)).draw?.seed === draw.seed;
}

export async function insertSignUp(db: Database, record: SignUpRecord): Promise<void> {
  await db.collection(COLLECTIONS.eventSignUps).add(record);
}

/** Every sign-up of a session in `status` becomes a no-show (`session_status_rank`); answers how many. */
export async function markNoShowsIn(db: Database, sessionId: string, status: SignUpStatus, now: Date): Promise<number> {
  const { updated } = await db
    .collection(COLLECTIONS.eventSignUps)
    .where({ sessionId, status })
    .update({ status: 'no-show', updatedAt: now });
  return updated;
}

/**
 * Rates an attended sign-up by `_id`, once (`status: 'attended', rating: null` pinned); false when it was not that.
 * A rating sent again after its reply was lost is this call's (`setIfStill`).
 */
export const rateOnce = (db: Database, id: string, stars: number, now: Date): Promise<boolean> =>
  setIfStill(db, COLLECTIONS.eventSignUps, { id, where: { status: 'attended', rating: null }, update: { rating: stars, updatedAt: now } });

/** A page of the person's sign-ups, newest first (`owner_signed`). */
export async function signUpsPageOf(db: Database, ownerId: string, page: number, pageSize: number) {
  const { data } = await db
    .collection(COLLECTIONS.eventSignUps)
    .where({ ownerId })
    .orderBy('signedUpAt', 'desc')
    .skip(page * pageSize)
    .limit(pageSize + 1)
    .get();
  return { items: (data as SignUpRecord[]).slice(0, pageSize), hasMore: data.length > pageSize };
}

export const notFound = (): never => {
  throw new AppError('NOT_FOUND');
};

/** Sessions still to start, soonest first, at most `limit` (`reminded_starts`: both values, the start a range). */
export async function upcomingSessions(db: Database, now: Date, limit: number): Promise<SessionRecord[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ reminded: _.in([false, true]), startsAt: _.gt(now) })
    .orderBy('startsAt', 'asc')
    .limit(limit)
    .get();
  return data as SessionRecord[];
}

/**
 * Sets a session's count to what its sign-ups account for, only while the count is still the one read (`taken`
 * and `countedAt`): a take or release since then wins, and the next run looks again. Answers whether it was set.
 */
export async function recountPlaces(
  db: Database,
  input: { session: Pick<SessionRecord, '_id' | 'taken' | 'countedAt'>; taken: number; now: Date },
): Promise<boolean> {
  const { session } = input;
  const { updated } = await db
    .collection(COLLECTIONS.eventSessions)
    .where({ _id: session._id, taken: session.taken, countedAt: session.countedAt ?? db.command.exists(false) })
    .update({ taken: input.taken, countedAt: input.now });
  return updated === 1;
}
