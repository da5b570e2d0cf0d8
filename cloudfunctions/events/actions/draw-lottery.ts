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
import { toDrawView } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { inFlight } from '../../_shared/side-by-side';
import { skipConflict } from '../../_shared/skip-conflict';
import { noticeData, noticeTo, offerFreedPlaces } from '../../_shared/events/offers';
import { ORGANISERS, organiserSession } from '../organiser';
import { noShowsOfEach } from '../../_shared/events/residency';
import { publishDrawOnce, releasePlaces, setSignUp, signUpsIn, takePlaces, type KnownCount } from '../../_shared/events/repository';

/** Notices on their way at most while the draw places further entries. */
const NOTICES_IN_FLIGHT = 10;
/** Entries put on the waitlist side by side at most, once the session is full. */
const WAITLISTINGS_IN_FLIGHT = 10;

/** How long a published draw is left to the call that made it before another call may finish it. */
const RESUME_AFTER_MS = 60_000;

/**
 * After the sign-up window has closed, the organiser draws a lottery session once: a seed from crypto randomness,
 * published on the session (with the drawn order of entry ids from core's `drawLottery`) before anything else
 * changes; then, in drawn order, each entry takes its places if its party fits (the same conditional update as first
 * come: exactly core's winners, the fill rule being the same) or goes on the waitlist at its drawn rank, and is told.
 * Once no place is left, the entries after are put on the waitlist ten at a time. A draw cut off midway is finished
 * by calling again (the published order is followed, nothing is drawn twice).
 * Anyone can re-run the draw from what `events.get` shows.
 */
export const drawLottery = defineAction<ActionContext>()({
  ...eventsApi.drawLottery,
  roles: ORGANISERS,
  async handler(input, ctx) {
    const { session, event } = await organiserSession(ctx, input.sessionId);
    if (event.allocation !== 'lottery') throw new AppError('CONFLICT', { details: { rule: 'not-a-lottery' } });
    if (ctx.now < event.closesAt) throw new AppError('CONFLICT', { details: { rule: 'window-open' } });
    const entries = await signUpsIn(ctx.db, session._id, 'entered', 5000);
    if (session.draw && entries.length === 0) throw new AppError('CONFLICT', { details: { rule: 'already-drawn' } });
    // A draw published moments ago is still being applied by the call that made it.
    if (session.draw && ctx.now.getTime() - session.draw.drawnAt.getTime() < RESUME_AFTER_MS)
      throw new AppError('CONFLICT', { details: { rule: 'draw-in-progress' } });
    const published = session.draw ?? (await publishDraw(ctx, session, event, entries));
    const entered = new Map(entries.map((e) => [e.entryId, e]));
    let winners = 0;
    let waitlisted = 0;
    let places = 0;
    // The places are taken one entry after another, in drawn order; each entry's notice goes beside the next ones.
    // The count as last known goes along: while it says a party fits, its take is one write, no read first.
    const count: KnownCount = { capacity: session.capacity, taken: session.taken };
    const notices = inFlight(NOTICES_IN_FLIGHT);
    // Once no place is left for any party, the entries after go to the waitlist side by side, the session not asked
    // again for each; places a cancellation frees meanwhile are offered to the waitlist at the end, in drawn order.
    const waitlistings = inFlight(WAITLISTINGS_IN_FLIGHT);
    const failures: unknown[] = [];
    let waitlistedUnasked = false;
    const toWaitlist = async (record: SignUpRecord) => {
      const fields = { status: 'waitlisted' as const, rank: record.rank, updatedAt: ctx.now };
      // Not written: cancelled since the window closed.
      if (!(await skipConflict(() => setSignUp(ctx.db, { id: record._id, from: 'entered', fields })))) return;
      waitlisted += 1;
      await noticeTo(ctx, record, 'event_waitlisted', noticeData(event, session, record));
    };
    try {
      for (const [rank, entryId] of published.order.entries()) {
        const entry = entered.get(entryId);
        if (!entry) continue;
        const id = entry._id;
        const record = { ...entry, rank };
        if (count.taken >= count.capacity) {
          waitlistedUnasked = true;
          await waitlistings.add(toWaitlist(record).catch((error: unknown) => void failures.push(error)));
          continue;
        }
        const placed = await takePlaces(ctx.db, session._id, entry.partySize, ctx.now, count);
        try {
          await setSignUp(ctx.db, {
            id,
            from: 'entered',
            fields: { status: placed ? 'confirmed' : 'waitlisted', rank, updatedAt: ctx.now },
          });
        } catch (error) {
          // Cancelled since the window closed: it takes nothing.
          if (placed) {
            await releasePlaces(ctx.db, session._id, entry.partySize, ctx.now);
            count.taken -= entry.partySize;
          }
          if (error instanceof AppError && error.code === 'CONFLICT') continue;
          throw error;
        }
        if (placed) {
          winners += 1;
          places += entry.partySize;
        } else waitlisted += 1;
        await notices.add(noticeTo(ctx, record, placed ? 'event_won' : 'event_waitlisted', noticeData(event, session, record)));
      }
    } finally {
      await Promise.all([waitlistings.drain(), notices.drain()]);
    }
    if (failures.length > 0) throw failures[0];
    if (waitlistedUnasked) await offerFreedPlaces(ctx, event, session._id);
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
