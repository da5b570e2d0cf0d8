import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { listedFrom } from '../../../core/events/session';
import { toEventView } from '../../../core/events/views';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { sessionsOf, upcomingEvents } from '../../_shared/events/repository';

const PAGE_SIZE = 20;

/**
 * Upcoming events (their last session not yet started), soonest first; by type and by station if asked. The
 * organisers' list (`recent`) keeps those whose last session started lately: check-in, no-shows and photos go on.
 */
export const list = defineAction<ActionContext>()({
  ...eventsApi.list,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(input, ctx) {
    const where: Record<string, unknown> = { active: true, lastStartsAt: ctx.db.command.gte(listedFrom(ctx.now, input.recent)) };
    if (input.type) where.type = input.type;
    if (input.stationId) where.stationId = input.stationId;
    const { items: events, hasMore } = await upcomingEvents(ctx.db, where, input.page, PAGE_SIZE);
    const sessions = await sessionsOf(
      ctx.db,
      events.map((e) => e._id),
    );
    return {
      items: events.map((e) =>
        toEventView(
          e,
          sessions.filter((s) => s.eventId === e._id),
        ),
      ),
      page: input.page,
      hasMore,
    };
  },
  handler: prefetchedReply,
});
