import { defineAction } from '../../../core/contract';
import { sweepSeatsInput } from '../../../core/workspaces/sweep.schema';
import type { ActionContext } from '../../_shared/handler';
import { sweepSeats } from '../sweep';

/** Runs the seats timer work by hand; the scheduler calls `sweepSeats` itself. */
export const sweep = defineAction<ActionContext>()({
  input: sweepSeatsInput,
  roles: ['admin'],
  handler: (input, ctx) => sweepSeats(ctx, { limit: input.limit }),
});
