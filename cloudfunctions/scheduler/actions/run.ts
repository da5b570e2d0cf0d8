import { defineAction } from '../../../core/contract';
import { runInput } from '../../../core/scheduler/run.schema';
import type { ActionContext } from '../../_shared/handler';
import { tick } from '../tick';

/** Runs the scheduler now, on an admin's request (local mode, or to catch up after an outage). */
export const run = defineAction<ActionContext>()({
  input: runInput,
  roles: ['admin'],
  handler: (_input, ctx) => tick(ctx.db, ctx.now, ctx.config.subscribe.templates),
});
