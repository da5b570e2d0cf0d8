import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { notify } from '../../_shared/notify';
import { noticeData } from '../../_shared/events/offers';
import { ORGANISERS, organiserSession } from '../organiser';
import { peopleSignedUp, sessionNamed } from '../../_shared/events/repository';

/** An in-app notice (and WeChat message where subscribed) to everyone holding a place; a retry sends nothing twice. */
export const messageAttendees = defineAction<ActionContext>()({
  ...eventsApi.messageAttendees,
  roles: ORGANISERS,
  idempotent: true,
  freeText: ['text'],
  rateLimit: { max: 10, perSeconds: 3600 },
  prefetch: sessionNamed,
  async handler(input, ctx, read) {
    const { session, event } = organiserSession(ctx, read);
    const recipients = await peopleSignedUp(ctx.db, session._id, ['confirmed', 'offered', 'attended']);
    const count = await notify(
      ctx.db,
      recipients,
      {
        key: `event_message:${session._id}:${ctx.submitKey ?? ctx.requestId}`,
        template: 'event_message',
        data: { ...noticeData(event, session), text: input.text },
      },
      ctx.now,
    );
    await recordAudit(
      { ...ctx, action: 'events.messageAttendees' },
      {
        target: { collection: COLLECTIONS.eventSessions, id: session._id },
        before: null,
        after: null,
        note: { recipients: recipients.length },
      },
    );
    return { sessionId: session._id, count };
  },
});
