import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { signUpsCsv } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { ORGANISERS, organiserSession } from '../organiser';
import { everySignUp, sessionNamed } from '../../_shared/events/repository';

/** A session's sign-ups as CSV (core/reports/csv.ts), with a column per field the event asks for. */
export const exportSignUps = defineAction<ActionContext>()({
  ...eventsApi.exportSignUps,
  roles: ORGANISERS,
  prefetch: sessionNamed,
  async handler(_input, ctx, read) {
    const { session, event } = organiserSession(ctx, read);
    const items = await everySignUp(ctx.db, session._id);
    // The export carries names and answers: who took it is kept.
    await recordAudit(
      { ...ctx, action: 'events.exportSignUps' },
      { target: { collection: COLLECTIONS.eventSessions, id: session._id }, before: null, after: null, note: { rows: items.length } },
    );
    return {
      filename: `event-${session.date}-${session._id}.csv`,
      mimeType: 'text/csv',
      content: signUpsCsv(event, session, items),
    };
  },
});
