import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { askQuestion, timelineActor, type ServiceRequest } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { notify } from '../../_shared/notify';
import { actorOf, requestNamed, takeStep } from '../../_shared/requests/repository';

/**
 * 补充材料通知: the lead unit (or an operator) asks the applicant a question on a request being worked; one open
 * question at a time (core/requests/questions.ts). The applicant is told in-app (and by subscribe message when
 * subscribed), keyed by the moment asked, so a retried call notifies once and a later question notifies again.
 */
export const askForInfo = defineAction<ActionContext>()({
  ...requestsApi.askForInfo,
  roles: ['unit', 'operator', 'admin'],
  idempotent: true,
  freeText: ['question'],
  prefetch: requestNamed,
  async handler(input, ctx, read) {
    // The applicant is told beside the audit line, once the step is written.
    const after = (request: ServiceRequest) =>
      notify(
        ctx.db,
        [request.applicantId],
        {
          key: `info_requested:${input.id}:${ctx.now.getTime()}`,
          template: 'info_requested',
          data: { requestId: input.id, title: request.title },
        },
        ctx.now,
      );
    return takeStep(ctx, { name: 'askForInfo', read, after }, (request, relation) => ({
      set: askQuestion({ request, text: input.question, by: timelineActor(actorOf(ctx), relation), now: ctx.now }),
      text: input.question,
    }));
  },
});
