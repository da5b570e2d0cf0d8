import { defineAction } from '../../../core/contract';
import { schedulerApi } from '../../../core/scheduler/api';
import type { ActionContext } from '../../_shared/handler';

/** Runs the scheduler now, on an admin's request (local mode, or to catch up after an outage). */
export const run = defineAction<ActionContext>()({
  ...schedulerApi.run,
  roles: ['admin'],
  async handler(_input, ctx) {
    // Loaded when an admin's run starts: a refused caller's cold start builds none of it (as the timer's, main.ts).
    const { tick } = await import('../tick');
    return tick(ctx.db, ctx.now, ctx.config.subscribe.templates);
  },
});
