import { randomBytes } from 'node:crypto';
import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { drawLottery as draw } from '../../../core/events/lottery';
import {
  NO_SHOW_PENALTY_AFTER,
  type EventRecord,
  type LotteryDraw,
  type SessionRecord,
  type SignUpRecord,
} from '../../../core/events/model';
import { drawRefusal } from '../../../core/events/session';
import { toDrawView } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { inFlight } from '../../_shared/side-by-side';
import { skipConflict } from '../../_shared/skip-conflict';
import { noticeData, noticeTo, offerFreedPlaces } from '../../_shared/events/offers';
import { ORGANISERS, organiserSession } from '../organiser';
import { noShowsOfEach } from '../../_shared/events/residency';
import {
  everySignUp,
  publishDrawOnce,
  releasePlaces,
  sessionNamed,
  setSignUp,
  takePlaces,
  type KnownCount,
} from '../../_shared/events/repository';

/** Entries whose outcome (status, then notice) is on its way at most while the draw takes places for the next. */
const OUTCOMES_IN_FLIGHT = 10;

/** How long a published draw is left to the call that made it before another call may finish it. */
const RESUME_AFTER_MS = 60_000;

/**
 * After the sign-up window has closed and before the session starts (core's `drawRefusal`), the organiser draws a
 * lottery session once: a seed from crypto randomness, published on the session (with the drawn order of entry ids
 * from core's `drawLottery`) before anything else changes; then, in drawn order, each entry takes its places if its
 * party fits (the same conditional update as first come: exactly core's winners, the fill rule being the same) or
 * goes on the waitlist at its drawn rank, and is told. The takes go one after another; the outcomes are written
 * beside them. A draw cut off midway is finished by calling again (the published order is followed, nothing is
 * drawn twice), before the session starts.
 * Anyone can re-run the draw from what `events.get` shows.
 */
export const drawLottery = defineAction<ActionContext>()({
  ...eventsApi.drawLottery,
  roles: ORGANISERS,
  prefetch: sessionNamed,
  async handler(_input, ctx, read) {
    const { session, event } = organiserSession(ctx, read);
    const refusal = drawRefusal({
      allocation: event.allocation,
      closesAt: event.closesAt,
      startsAt: session.startsAt,
      now: ctx.now,
      published: Boolean(session.draw),
    });
    if (refusal) throw new AppError('CONFLICT', { message: refusal.message, details: { rule: refusal.rule } });
    // Every entry, however many pages they fill: one left out would stay `entered`, never drawn.
    const entries = await everySignUp(ctx.db, session._id, 'entered');
    if (session.draw && entries.length === 0) throw new AppError('CONFLICT', { details: { rule: 'already-drawn' } });
    // A draw published moments ago is still being applied by the call that made it.
    if (session.draw && ctx.now.getTime() - session.draw.drawnAt.getTime() < RESUME_AFTER_MS)
      throw new AppError('CONFLICT', { details: { rule: 'draw-in-progress' } });
    const published = session.draw ?? (await publishDraw(ctx, session, event, entries));
    const entered = new Map(entries.map((e) => [e.entryId, e]));
    let winners = 0;
    let waitlisted = 0;
    let places = 0;
    // The places are taken one entry after another, in drawn order: each take decides on what the ones before
    // left. The count as last known goes along: while it says a party fits, its take is one write, no read first.
    // Each entry's outcome (its status, then its notice) is written beside the next takes, ten at most at a time.
    const count: KnownCount = { capacity: session.capacity, taken: session.taken };
    const outcomes = inFlight(OUTCOMES_IN_FLIGHT);
    const failures: unknown[] = [];
    // Places that an entry cancelled since the window closed gave back, and entries put on the waitlist without
    // asking the session once it was full: places freed meanwhile are offered to the waitlist at the end.
    let freedOrUnasked = false;
    const settle = async (record: SignUpRecord, placed: boolean) => {
      const fields = { status: placed ? ('confirmed' as const) : ('waitlisted' as const), rank: record.rank, updatedAt: ctx.now };
      // Not written: cancelled since the window closed, so it takes nothing. Any other failure leaves the places
      // taken: the write may have landed, and the recount gives back those of a sign-up that was never confirmed.
      if (!(await skipConflict(() => setSignUp(ctx.db, { id: record._id, from: 'entered', fields })))) {
        if (placed) {
          await releasePlaces(ctx.db, session._id, record.partySize, ctx.now);
          count.taken -= record.partySize;
          freedOrUnasked = true;
        }
        return;
      }
      if (placed) {
        winners += 1;
        places += record.partySize;
      } else waitlisted += 1;
      await noticeTo(ctx, record, placed ? 'event_won' : 'event_waitlisted', noticeData(event, session, record));
    };
    try {
      for (const [rank, entryId] of published.order.entries()) {
        // A write failed: the draw stops here, and a later call finishes it.
        if (failures.length > 0) break;
        const entry = entered.get(entryId);
        if (!entry) continue;
        // Once no place is left for any party, the entries after go to the waitlist, the session not asked again.
        const full = count.taken >= count.capacity;
        if (full) freedOrUnasked = true;
        const placed = !full && (await takePlaces(ctx.db, session._id, entry.partySize, ctx.now, count));
        await outcomes.add(settle({ ...entry, rank }, placed).catch((error: unknown) => void failures.push(error)));
      }
    } finally {
      await outcomes.drain();
    }
    if (failures.length > 0) throw failures[0];
    if (freedOrUnasked) await offerFreedPlaces(ctx, event, session._id);
    await recordAudit(
      { ...ctx, action: 'events.drawLottery' },
      {
        target: { collection: COLLECTIONS.eventSessions, id: session._id },
        before: session.draw ? 'drawn' : null,
        after: 'drawn',
        note: { seed: published.seed, entries: published.order.length, winners, waitlisted },
      },
    );
    return { sessionId: session._id, draw: toDrawView(published), winners, waitlisted, places };
  },
});

/** Draws and publishes, once: a second draw at the same time finds `draw` set and changes nothing. */
async function publishDraw(ctx: ActionContext, session: SessionRecord, event: EventRecord, entries: SignUpRecord[]): Promise<LotteryDraw> {
  const penalised = new Set<string>();
  if (event.noShowPenalty) {
    const noShows = await noShowsOfEach(
      ctx.db,
      entries.map((e) => e.ownerId),
    );
    for (const entry of entries) if ((noShows.get(entry.ownerId) ?? 0) >= NO_SHOW_PENALTY_AFTER) penalised.add(entry.entryId);
  }
  const seed = randomBytes(16).toString('hex');
  const result = draw({
    seed,
    entries: entries.map((e) => ({ id: e.entryId, partySize: e.partySize, penalised: penalised.has(e.entryId) })),
    capacity: session.capacity - session.taken,
  });
  const published: LotteryDraw = {
    seed,
    drawnAt: ctx.now,
    order: result.order.map((e) => e.id),
    winners: result.winners.map((e) => e.id),
    drawnLast: penalised.size,
  };
  if (!(await publishDrawOnce(ctx.db, session._id, published))) throw new AppError('CONFLICT', { details: { rule: 'already-drawn' } });
  return published;
}
