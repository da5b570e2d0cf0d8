import { AppError } from '../../../core/contract';
import type { EventRecord, SessionRecord, SignUpRecord } from '../../../core/events/model';
import { offerLapsed, sessionStarted } from '../../../core/events/session';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { noticeData, noticeTo, offerFreedPlaces } from './offers';
import { findEvent, findSession, releasePlaces, setSignUp } from './repository';

type LapseContext = { db: Database; now: Date; requestId: string };

/**
 * The scheduler's step for places offered from the waitlist and not accepted by their deadline (core's
 * `offerDeadline`): each such offer lapses (`lapseOffer`), and the places are offered to the next on the waitlist
 * (`offerFreedPlaces`, which never takes more than is free). Oldest deadline first, at most `limit` a run
 * (`status_offer_expires`); the next run takes the rest. Answers how many offers lapsed.
 */
export async function lapseExpiredOffers(ctx: LapseContext, limit = 100): Promise<number> {
  const { db, now } = ctx;
  const { data } = await db
    .collection(COLLECTIONS.eventSignUps)
    .where({ status: 'offered', offerExpiresAt: db.command.lte(now) })
    .orderBy('offerExpiresAt', 'asc')
    .limit(limit)
    .get();
  let lapsed = 0;
  const sessions = new Set<string>();
  for (const signUp of data as SignUpRecord[]) {
    if (!offerLapsed(signUp, now) || !(await lapseOffer(ctx, signUp))) continue;
    lapsed += 1;
    sessions.add(signUp.sessionId);
  }
  for (const sessionId of sessions) {
    try {
      const session = await findSession(db, sessionId);
      // A session already started offers nothing (offerFreedPlaces): its event need not be read.
      if (sessionStarted(session, now)) continue;
      await offerFreedPlaces(ctx, await findEvent(db, session.eventId), sessionId);
    } catch (error) {
      // The lapse stands; the next cancellation or lapse offers what is free.
      console.error(`[${ctx.requestId}] offers after lapsed offers on ${sessionId} not made`, error);
    }
  }
  return lapsed;
}

/**
 * One offer lapses: offered → lapsed by compare-and-set (an accept or a cancel at the same moment wins or loses
 * whole), its places given back with the same conditional decrement as a cancellation, the owner told
 * (`event_offer_lapsed`). Offering the places on is the caller's. `about`: the event and session, when the caller
 * has read them. False when it was no longer offered.
 */
export async function lapseOffer(
  ctx: LapseContext,
  signUp: SignUpRecord,
  about?: { event: EventRecord; session: SessionRecord },
): Promise<boolean> {
  const { db, now } = ctx;
  try {
    await setSignUp(db, { id: signUp._id, from: 'offered', fields: { status: 'lapsed', offerExpiresAt: null, updatedAt: now } });
  } catch (error) {
    // Accepted or cancelled meanwhile: nothing lapses.
    if (error instanceof AppError && error.code === 'CONFLICT') return false;
    throw error;
  }
  await releasePlaces(db, signUp.sessionId, signUp.partySize, now);
  try {
    const session = about?.session ?? (await findSession(db, signUp.sessionId));
    const event = about?.event ?? (await findEvent(db, signUp.eventId));
    await noticeTo(ctx, signUp, 'event_offer_lapsed', noticeData(event, session, signUp));
  } catch (error) {
    console.error(`[${ctx.requestId}] lapse notice for ${signUp._id} not queued`, error);
  }
  return true;
}
