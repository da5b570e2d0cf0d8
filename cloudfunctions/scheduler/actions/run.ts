import { defineAction } from '../../../core/contract';
import { schedulerApi } from '../../../core/scheduler/api';
import type { ActionContext } from '../../_shared/handler';
import { tick } from '../tick';

/** Runs the scheduler now, on an admin's request (local mode, or to catch up after an outage). */
export const run = defineAction<ActionContext>()({
  ...schedulerApi.run,
  roles: ['admin'],
  handler: (_input, ctx) => tick(ctx.db, ctx.now, ctx.config.subscribe.templates),
});
