import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { assertOwner } from '../../../core/stays/access';
import { cancelBeforeStart } from '../../../core/workspaces/application';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { findSeats } from '../../_shared/workspaces/repository';

/** The leader cancels a pending application, or an approved one before it starts (after that: endEarly). */
export const cancel = defineAction<ActionContext>()({
  ...workspacesApi.cancel,
  roles: [],
  async handler(input, ctx) {
    const app = await findSeats(ctx.db, input.id);
    assertOwner(callerOf(ctx), app);
    if (!cancelBeforeStart({ status: app.status, startDate: app.startDate, today: shanghaiDate(ctx.now) })) {
      throw new AppError('CONFLICT', { details: { rule: 'started-use-end-early' } });
    }
    return changeSeats(ctx, { app, event: 'cancel', actor: 'owner' });
  },
});
