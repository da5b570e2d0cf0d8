import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { deadlineFields, deadlineFor, type Deadline } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { warnIfProvisional } from '../../_shared/requests/calendar-warning';
import { calendarsAndRequest, takeStep } from '../../_shared/requests/repository';

/**
 * 派单: starts the clock. The deadline is the end of the tier's N-th working day after today (Shanghai); when it
 * runs into a year with no loaded calendar it is provisional and the admins are told, once per year.
 */
export const dispatch = defineAction<ActionContext>()({
  ...requestsApi.dispatch,
  roles: ['operator', 'admin'],
  prefetch: calendarsAndRequest,
  async handler(_input, ctx, [calendars, read]) {
    let newDeadline: Deadline | null = null;
    const view = await takeStep(ctx, { name: 'dispatch', read }, (request) => {
      const deadline = deadlineFor({ from: ctx.now, workingDays: request.tier ?? 5, calendars });
      newDeadline = deadline;
      return {
        set: {
          dispatchedAt: ctx.now,
          ...deadlineFields(deadline),
          extension: null,
        },
        data: { unitId: request.leadUnitId, tier: request.tier, dueDate: deadline.dueDate, provisional: deadline.provisional },
      };
    });
    await warnIfProvisional(ctx, newDeadline);
    return view;
  },
});
