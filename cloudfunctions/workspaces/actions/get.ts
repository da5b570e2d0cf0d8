import { defineAction } from '../../../core/contract';
import { assertMayView } from '../../../core/stays/access';
import { toSeatView } from '../../../core/workspaces/application';
import { getSeatsInput } from '../../../core/workspaces/get.schema';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { findSeats } from '../repository';

export const get = defineAction<ActionContext>()({
  input: getSeatsInput,
  roles: [],
  async handler(input, ctx) {
    const app = await findSeats(ctx.db, input.id);
    assertMayView(callerOf(ctx), app);
    return toSeatView(app);
  },
});
