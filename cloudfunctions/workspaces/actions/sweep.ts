import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { loadCalendars } from '../../_shared/calendars';
import type { ActionContext } from '../../_shared/handler';
import { sweepSeats } from '../../_shared/workspaces/sweep';

/** Runs the seats timer work by hand; the scheduler calls `sweepSeats` itself. */
export const sweep = defineAction<ActionContext>()({
  ...workspacesApi.sweep,
  roles: ['admin'],
  handler: async (input, ctx) => sweepSeats(ctx, { limit: input.limit, calendars: await loadCalendars(ctx.db, ctx.now) }),
});
