import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { historyOf } from '../../_shared/history';
import { STAFF, staffStay } from '../staff';

/** What happened to an application (approved, revealed, viewed, …), for staff of its station. */
export const history = defineAction<ActionContext>()({
  ...staysApi.history,
  roles: STAFF,
  async handler(input, ctx) {
    const app = await staffStay(ctx, input.id);
    return { id: app._id, lines: await historyOf(ctx.db, app._id) };
  },
});
