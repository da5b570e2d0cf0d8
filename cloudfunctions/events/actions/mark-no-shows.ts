import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { HOLDING_STATUSES } from '../../../core/events/model';
import { sessionOver, unattendedOutcome } from '../../../core/events/session';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { COLLECTIONS } from '../../_shared/collections';
import { lapseOffer } from '../../_shared/events/lapse';
import { everySignUp, markNoShowsIn, sessionNamed } from '../../_shared/events/repository';
import { ORGANISERS, organiserSession } from '../organiser';

/**
 * After the session, each place still held and not checked in settles as core's `unattendedOutcome` says: a
 * confirmed place becomes a no-show (counted for the person's future draws when an event's policy says so), one
 * conditional update for them all; a place only offered lapses, one by one as the scheduler's lapse step does (its
 * places back, the owner told). Answers the no-shows; running it again changes nothing.
 */
export const markNoShows = defineAction<ActionContext>()({
  ...eventsApi.markNoShows,
  roles: ORGANISERS,
  prefetch: sessionNamed,
  async handler(_input, ctx, read) {
    const { session, event } = organiserSession(ctx, read);
    if (!sessionOver(session, ctx.now)) throw new AppError('CONFLICT', { details: { rule: 'session-not-over' } });
    let count = 0;
    let lapsed = 0;
    for (const status of HOLDING_STATUSES) {
      const outcome = unattendedOutcome(status);
      if (outcome === 'no-show') count += await markNoShowsIn(ctx.db, session._id, status, ctx.now);
      if (outcome === 'lapsed')
        for (const offer of await everySignUp(ctx.db, session._id, status))
          if (await lapseOffer(ctx, offer, { event, session })) lapsed += 1;
    }
    await recordAudit(
      { ...ctx, action: 'events.markNoShows' },
      { target: { collection: COLLECTIONS.eventSessions, id: session._id }, before: null, after: null, note: { noShows: count, lapsed } },
    );
    return { sessionId: session._id, count };
  },
});
