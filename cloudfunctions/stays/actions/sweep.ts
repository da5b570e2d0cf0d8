import { defineAction } from '../../../core/contract';
import { sweepInput } from '../../../core/stays/sweep.schema';
import { loadCalendars } from '../../_shared/calendars';
import type { ActionContext } from '../../_shared/handler';
import { sweepStays } from '../sweep';

/** Runs the timer work by hand (expiry, no-shows, lapsed offers); the scheduler calls `sweepStays` itself. */
export const sweep = defineAction<ActionContext>()({
  input: sweepInput,
  roles: ['admin'],
  handler: async (input, ctx) => sweepStays(ctx, { limit: input.limit, calendars: await loadCalendars(ctx.db, ctx.now) }),
});
