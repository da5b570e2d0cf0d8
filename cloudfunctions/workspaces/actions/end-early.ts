import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { assertMayView, assertStationStaff } from '../../../core/stays/access';
import { validLastDay } from '../../../core/workspaces/application';
import { endDateAfter } from '../../../core/workspaces/rules';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { seatsNamed } from '../../_shared/workspaces/repository';

/** The leader, or an operator of the station, ends an approved booking early; the later days are released. */
export const endEarly = defineAction<ActionContext>()({
  ...workspacesApi.endEarly,
  roles: [],
  prefetch: seatsNamed,
  async handler(input, ctx, app) {
    const caller = callerOf(ctx);
    assertMayView(caller, app);
    const actor = app.ownerId === caller.openId ? 'owner' : 'operator';
    if (actor === 'operator') assertStationStaff(caller, app.stationId);
    const today = shanghaiDate(ctx.now);
    const lastDay = input.lastDay ?? today;
    if (!validLastDay({ lastDay, today, startDate: app.startDate, endDate: app.endDate })) {
      throw new AppError('VALIDATION', {
        issues: [
          {
            path: 'lastDay',
            message:
              ctx.locale === 'en' ? 'Choose a last day from today until before the booked end' : '最后使用日需不早于今天且早于原定结束日',
          },
        ],
      });
    }
    return changeSeats(ctx, { app, event: 'endEarly', actor, lastDay, fields: { endDate: endDateAfter(lastDay) }, note: { lastDay } });
  },
});
