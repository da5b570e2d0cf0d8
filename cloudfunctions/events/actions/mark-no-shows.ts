import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { sessionOver } from '../../../core/events/session';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { markNoShowsIn, sessionNamed } from '../../_shared/events/repository';
import { ORGANISERS, organiserSession } from '../organiser';

/**
 * After the session: every place held and not checked in becomes a no-show (counted for the person's future draws
 * when an event's policy says so). One conditional update per status; running it again marks nothing.
 */
export const markNoShows = defineAction<ActionContext>()({
  ...eventsApi.markNoShows,
  roles: ORGANISERS,
  prefetch: sessionNamed,
  async handler(_input, ctx, read) {
    const { session } = organiserSession(ctx, read);
    if (!sessionOver(session, ctx.now)) throw new AppError('CONFLICT', { details: { rule: 'session-not-over' } });
    let count = 0;
    for (const status of ['confirmed', 'offered'] as const) count += await markNoShowsIn(ctx.db, session._id, status, ctx.now);
    await recordAudit(
      { ...ctx, action: 'events.markNoShows' },
      { target: { collection: COLLECTIONS.eventSessions, id: session._id }, before: null, after: null, note: { noShows: count } },
    );
    return { sessionId: session._id, count };
  },
});
