import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { assertOwner } from '../../../core/stays/access';
import { cancelBeforeStart } from '../../../core/workspaces/application';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { seatsNamed } from '../../_shared/workspaces/repository';

/** The leader cancels a pending application, or an approved one before it starts (after that: endEarly). */
export const cancel = defineAction<ActionContext>()({
  ...workspacesApi.cancel,
  roles: [],
  prefetch: seatsNamed,
  async handler(_input, ctx, app) {
    assertOwner(callerOf(ctx), app);
    if (!cancelBeforeStart({ status: app.status, startDate: app.startDate, today: shanghaiDate(ctx.now) })) {
      throw new AppError('CONFLICT', { details: { rule: 'started-use-end-early' } });
    }
    return changeSeats(ctx, { app, event: 'cancel', actor: 'owner' });
  },
});
