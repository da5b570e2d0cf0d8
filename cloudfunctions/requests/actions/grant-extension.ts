import { requestsApi } from '../../../core/requests/api';
import { AppError, defineAction } from '../../../core/contract';
import { deadlineFields, deadlineFor, type Deadline } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { warnIfProvisional } from '../../_shared/requests/calendar-warning';
import { calendarsAndRequest, takeStep } from '../../_shared/requests/repository';

/**
 * The operator grants the pending extension (the asked days, or `days`) — the new deadline counts working days
 * on from the old due date — or refuses it.
 */
export const grantExtension = defineAction<ActionContext>()({
  ...requestsApi.grantExtension,
  roles: ['operator', 'admin'],
  prefetch: calendarsAndRequest,
  async handler(input, ctx, [calendars, read]) {
    let newDeadline: Deadline | null = null;
    const view = await takeStep(ctx, { name: 'grantExtension', read }, (request) => {
      const pending = request.extension?.status === 'pending' ? request.extension : null;
      if (!pending || !request.dueDate) {
        throw new AppError('CONFLICT', { message: { 'zh-CN': '没有待审批的延期申请', en: 'There is no pending extension request' } });
      }
      if (!input.grant) return { set: { extension: { ...pending, status: 'refused' } }, data: { granted: false } };
      const days = input.days ?? pending.days;
      const deadline = deadlineFor({ from: request.dueDate, workingDays: days, calendars });
      newDeadline = deadline;
      return {
        set: {
          extension: { ...pending, days, status: 'granted' },
          ...deadlineFields(deadline),
        },
        data: { granted: true, days, dueDate: deadline.dueDate },
      };
    });
    await warnIfProvisional(ctx, newDeadline);
    return view;
  },
});
