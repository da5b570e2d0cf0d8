import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { loadCalendars } from '../../_shared/calendars';
import type { ActionContext } from '../../_shared/handler';
import { sweepStays } from '../../_shared/stays/sweep';

/** Runs the timer work by hand (expiry, no-shows, lapsed offers); the scheduler calls `sweepStays` itself. */
export const sweep = defineAction<ActionContext>()({
  ...staysApi.sweep,
  roles: ['admin'],
  handler: async (input, ctx) => sweepStays(ctx, { limit: input.limit, calendars: await loadCalendars(ctx.db, ctx.now) }),
});
