import { AppError } from '../../../core/contract';
import type { NoticeTemplate } from '../../../core/notices/templates';
import type { EventRecord, SessionRecord, SignUpRecord } from '../../../core/events/model';
import { movedOfferDeadline, offerDeadline, offerLapsed, sessionStarted } from '../../../core/events/session';
import { offersFromWaitlist } from '../../../core/events/sign-up';
import { setIfStill } from '../applications';
import { COLLECTIONS } from '../collections';
import { notify } from '../notify';
import type { Database } from '../cloud';
import { everySignUp, findSession, releasePlaces, setSignUp, signUpsIn, takePlaces } from './repository';

/** What an event notice carries: the title in both languages, the session's day and time, the party. */
export const noticeData = (event: EventRecord, session: SessionRecord, signUp?: SignUpRecord) => ({
  eventId: event._id,
  sessionId: session._id,
  title: event.title,
  date: session.date,
  startTime: session.startTime,
  ...(signUp ? { signUpId: signUp._id, partySize: signUp.partySize } : {}),
});

/** Queues one event notice; a failure after the change is logged, never turned into an error (notifyAfterChange). */
export async function noticeTo(
  ctx: { db: Database; now: Date; requestId: string },
  signUp: SignUpRecord,
  template: NoticeTemplate,
  data: Record<string, unknown>,
): Promise<void> {
  try {
    await notify(ctx.db, [signUp.ownerId], { key: `${template}:${signUp._id}:${signUp.rank}`, template, data }, ctx.now);
  } catch (error) {
    console.error(`[${ctx.requestId}] notice ${template} for ${signUp._id} not queued`, error);
  }
}

/**
 * Places freed (a cancellation, an offer lapsed): offered to the waitlist in order (core's `offersFromWaitlist`, a party too large
 * for what is free is skipped). Each offer takes its places with the same conditional update as a sign-up, then
 * moves the sign-up waitlisted → offered; if someone else offered it first (or the person cancelled) in between,
 * the places go back and the pass is run again on a fresh read, so places given back never stay free beside a
 * waitlist. Each offer is held until its deadline (core's `offerDeadline`); the scheduler lapses it after
 * (`lapseExpiredOffers`, lapse.ts). A session already started offers nothing. Answers how many were offered. Shared
 * by the events function (cancel, sign-up, draw, an edit adding places) and the scheduler.
 */
export async function offerFreedPlaces(
  ctx: { db: Database; now: Date; requestId: string },
  event: EventRecord,
  sessionId: string,
): Promise<number> {
  let offered = 0;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const { offered: n, gaveBack } = await offerOnce(ctx, event, sessionId);
    offered += n;
    if (!gaveBack) break;
  }
  return offered;
}

/** Enough for the few offerers that can collide on one session at once; each pass re-reads what is free. */
const MAX_PASSES = 5;

async function offerOnce(
  ctx: { db: Database; now: Date; requestId: string },
  event: EventRecord,
  sessionId: string,
): Promise<{ offered: number; gaveBack: boolean }> {
  const session = await findSession(ctx.db, sessionId);
  const free = session.capacity - session.taken;
  // A session already started offers nothing more: the place could not be accepted.
  if (free <= 0 || sessionStarted(session, ctx.now)) return { offered: 0, gaveBack: false };
  const waitlist = await signUpsIn(ctx.db, sessionId, 'waitlisted', 200);
  let offered = 0;
  let gaveBack = false;
  const candidates = waitlist.map((record) => ({ id: record._id, partySize: record.partySize, record }));
  const count = { capacity: session.capacity, taken: session.taken };
  for (const { record: entry } of offersFromWaitlist(candidates, free)) {
    if (!(await takePlaces(ctx.db, sessionId, entry.partySize, ctx.now, count))) continue;
    const offerExpiresAt = offerDeadline(ctx.now, session.startsAt);
    try {
      await setSignUp(ctx.db, {
        id: entry._id,
        from: 'waitlisted',
        fields: { status: 'offered', offerExpiresAt, offeredAt: ctx.now, updatedAt: ctx.now },
      });
    } catch (error) {
      await releasePlaces(ctx.db, sessionId, entry.partySize, ctx.now);
      count.taken -= entry.partySize;
      if (error instanceof AppError && error.code === 'CONFLICT') {
        gaveBack = true;
        continue;
      }
      throw error;
    }
    offered += 1;
    const data = { ...noticeData(event, session, entry), acceptBy: offerExpiresAt.toISOString() };
    await noticeTo(ctx, entry, 'event_offered', data);
  }
  return { offered, gaveBack };
}

/**
 * After an edit of the session (its start may have moved), each place offered from the waitlist and still open gets
 * the deadline core's `movedOfferDeadline` gives for the start the session has now, by compare-and-set on the deadline
 * read (an accept, a cancel or a lapse at the same moment wins), and its owner is told the new one (`event_offered`
 * again, with the session's new day and time). An offer whose deadline already passed is the lapse step's; one with
 * none (made before deadlines were recorded) is held until the start, wherever it is. Idempotent: an offer whose
 * deadline is already the rule's is left alone, so a save cut short after its session was written, and retried,
 * still moves the deadlines though the start no longer looks moved. Answers how many deadlines changed.
 */
export async function moveOfferDeadlines(
  ctx: { db: Database; now: Date; requestId: string },
  event: EventRecord,
  session: SessionRecord,
): Promise<number> {
  let moved = 0;
  for (const offer of await everySignUp(ctx.db, session._id, 'offered')) {
    if (!offer.offerExpiresAt || offerLapsed(offer, ctx.now)) continue;
    const offeredAt = offer.offeredAt ?? offer.updatedAt;
    const offerExpiresAt = movedOfferDeadline({ offeredAt, startsAt: session.startsAt, movedAt: ctx.now });
    if (offerExpiresAt.getTime() === offer.offerExpiresAt.getTime()) continue;
    const changed = await setIfStill(ctx.db, COLLECTIONS.eventSignUps, {
      id: offer._id,
      where: { status: 'offered', offerExpiresAt: offer.offerExpiresAt },
      // The offer's own time kept, as `updatedAt` no longer tells it.
      update: { offerExpiresAt, offeredAt, updatedAt: ctx.now },
    });
    if (!changed) continue;
    moved += 1;
    const data = { ...noticeData(event, session, offer), acceptBy: offerExpiresAt.toISOString() };
    try {
      // Keyed by the deadline: each move that changes it tells the person once.
      const key = `event_offered:${offer._id}:${offer.rank}:${offerExpiresAt.toISOString()}`;
      await notify(ctx.db, [offer.ownerId], { key, template: 'event_offered', data }, ctx.now);
    } catch (error) {
      console.error(`[${ctx.requestId}] new deadline notice for ${offer._id} not queued`, error);
    }
  }
  return moved;
}
