import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { historyOf } from '../../_shared/history';
import { seatsNamed } from '../../_shared/workspaces/repository';
import { STAFF, staffSeats } from '../staff';

/** What happened to a seat application, for staff of its station. */
export const history = defineAction<ActionContext>()({
  ...workspacesApi.history,
  roles: STAFF,
  prefetch: seatsNamed,
  async handler(_input, ctx, read) {
    const app = staffSeats(ctx, read);
    return { id: app._id, lines: await historyOf(ctx.db, app._id) };
  },
});
