import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { historyOf } from '../../_shared/history';
import { STAFF, staffSeats } from '../staff';

/** What happened to a seat application, for staff of its station. */
export const history = defineAction<ActionContext>()({
  ...workspacesApi.history,
  roles: STAFF,
  async handler(input, ctx) {
    const app = await staffSeats(ctx, input.id);
    return { id: app._id, lines: await historyOf(ctx.db, app._id) };
  },
});
