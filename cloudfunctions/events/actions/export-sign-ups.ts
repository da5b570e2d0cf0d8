import { eventsApi } from '../../../core/events/api';
import { defineAction } from '../../../core/contract';
import { signUpsCsv } from '../../../core/events/views';
import type { ActionContext } from '../../_shared/handler';
import { ORGANISERS, organiserSession } from '../organiser';
import { allSignUps } from '../repository';

/** A session's sign-ups as CSV (core/reports/csv.ts), with a column per field the event asks for. */
export const exportSignUps = defineAction<ActionContext>()({
  ...eventsApi.exportSignUps,
  roles: ORGANISERS,
  async handler(input, ctx) {
    const { session, event } = await organiserSession(ctx, input.sessionId);
    const { items } = await allSignUps(ctx.db, session._id, 0, 2000);
    return {
      filename: `event-${session.date}-${session._id}.csv`,
      mimeType: 'text/csv',
      content: signUpsCsv(event, session, items),
    };
  },
});
