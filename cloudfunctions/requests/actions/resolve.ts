import { requestsApi } from '../../../core/requests/api';
import { shanghaiDateOf, workingDaysBetween } from '../../../core/calendar';
import { defineAction } from '../../../core/contract';
import type { ServiceRequest } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { notify } from '../../_shared/notify';
import { calendarsAndRequest, takeStep } from '../../_shared/requests/repository';

/**
 * 办结: the lead unit answers the applicant; on time when no later than the deadline. The applicant gets an in-app
 * message (and a subscribe message when subscribed), keyed by the resolution so a reopened request notifies again.
 */
export const resolve = defineAction<ActionContext>()({
  ...requestsApi.resolve,
  roles: ['unit'],
  uploads: ['attachments'],
  freeText: ['reply'],
  prefetch: calendarsAndRequest,
  async handler(input, ctx, [calendars, read]) {
    // The applicant is told beside the audit line, once the step is written.
    const after = (request: ServiceRequest) =>
      notify(
        ctx.db,
        [request.applicantId],
        {
          key: `resolved:${input.id}:${ctx.now.getTime()}`,
          template: 'request_resolved',
          data: { requestId: input.id, title: request.title },
        },
        ctx.now,
      );
    return takeStep(ctx, { name: 'resolve', read, after }, (request) => {
      const dispatched = request.dispatchedAt ?? request.createdAt;
      const { days } = workingDaysBetween({ from: shanghaiDateOf(dispatched), to: shanghaiDateOf(ctx.now), calendars });
      const onTime = request.dueAt !== null && ctx.now.getTime() <= request.dueAt.getTime();
      return {
        // A question still open closes with the reply (core/requests/questions.ts).
        set: { resolvedAt: ctx.now, reply: input.reply, reminderPending: false, openQuestion: null },
        text: input.reply,
        data: { unitId: request.leadUnitId, onTime, workingDays: days, attachments: input.attachments },
      };
    });
  },
});
