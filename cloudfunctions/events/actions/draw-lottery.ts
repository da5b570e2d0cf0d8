import { randomBytes } from 'node:crypto';
import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { drawLottery as draw } from '../../../core/events/lottery';
import { NO_SHOW_PENALTY_AFTER, type LotteryDraw } from '../../../core/events/model';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { noticeData, noticeTo } from '../offers';
import { ORGANISERS, organiserSession } from '../organiser';
import { noShowsOf } from '../residency';
import { releasePlaces, setSignUp, signUpsIn, takePlaces } from '../repository';

/**
 * After the sign-up window has closed, the organiser draws a lottery session once: a seed from crypto randomness,
 * published on the session (with the drawn order of entry ids) before anything else changes, then core's
 * `drawLottery` decides; winners take their places (the same conditional update as first come) and are told,
 * the rest go on the waitlist in drawn order and are told too. Anyone can re-run the draw from `events.get`.
 */
export const drawLottery = defineAction<ActionContext>()({
  ...eventsApi.drawLottery,
  roles: ORGANISERS,
  async handler(input, ctx) {
    const { session, event } = await organiserSession(ctx, input.sessionId);
    if (event.allocation !== 'lottery') throw new AppError('CONFLICT', { details: { rule: 'not-a-lottery' } });
    if (ctx.now < event.closesAt) throw new AppError('CONFLICT', { details: { rule: 'window-open' } });
    if (session.draw) throw new AppError('CONFLICT', { details: { rule: 'already-drawn' } });
    const entries = await signUpsIn(ctx.db, session._id, 'entered', 5000);
    const penalised = new Set<string>();
    if (event.noShowPenalty) {
      for (const entry of entries) if ((await noShowsOf(ctx.db, entry.ownerId)) >= NO_SHOW_PENALTY_AFTER) penalised.add(entry._id);
    }
    const seed = randomBytes(16).toString('hex');
    const result = draw({
      seed,
      entries: entries.map((e) => ({ id: e._id, partySize: e.partySize, penalised: penalised.has(e._id), record: e })),
      capacity: session.capacity - session.taken,
    });
    const published: LotteryDraw = { seed, drawnAt: ctx.now, order: result.order.map((e) => e.id) };
    // Published first and once: a second draw at the same time finds it set and changes nothing.
    const { updated } = await ctx.db
      .collection(COLLECTIONS.eventSessions)
      .where({ _id: session._id, draw: null })
      .update({ draw: ctx.db.command.set(published) });
    if (updated !== 1) throw new AppError('CONFLICT', { details: { rule: 'already-drawn' } });

    const won = new Set(result.winners.map((w) => w.id));
    let winners = 0;
    let waitlisted = 0;
    let places = 0;
    for (const [rank, entry] of result.order.entries()) {
      const record = { ...entry.record, rank };
      const placed = won.has(entry.id) && (await takePlaces(ctx.db, session._id, entry.partySize));
      try {
        await setSignUp(ctx.db, {
          id: entry.id,
          from: 'entered',
          fields: { status: placed ? 'confirmed' : 'waitlisted', rank, updatedAt: ctx.now },
        });
      } catch (error) {
        // Cancelled since the window closed: it takes nothing.
        if (placed) await releasePlaces(ctx.db, session._id, entry.partySize);
        if (error instanceof AppError && error.code === 'CONFLICT') continue;
        throw error;
      }
      if (placed) {
        winners += 1;
        places += entry.partySize;
      } else waitlisted += 1;
      await noticeTo(ctx, record, placed ? 'event_won' : 'event_waitlisted', noticeData(event, session, record));
    }
    return { sessionId: session._id, draw: published, winners, waitlisted, places };
  },
});
