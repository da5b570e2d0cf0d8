import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { historyOf } from '../../_shared/history';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** What happened to an application (approved, revealed, viewed, …), for staff of its station. */
export const history = defineAction<ActionContext>()({
  ...staysApi.history,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    return { id: app._id, lines: await historyOf(ctx.db, app._id) };
  },
});
