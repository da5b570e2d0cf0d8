import { requestsApi } from '../../../core/requests/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { answerQuestion, openQuestionOf, type ServiceRequest } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { notify } from '../../_shared/notify';
import { unitHandlers } from '../../_shared/requests/recipients';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/**
 * 补充材料: the applicant adds text and files while the request is open. With a question open (`askForInfo`) the
 * addition answers it: the question closes, the timeline entry names it, and the lead unit's handlers (and an
 * operator who asked) are told. Without one it is a voluntary addition.
 */
export const addInfo = defineAction<ActionContext>()({
  ...requestsApi.addInfo,
  roles: [],
  idempotent: true,
  uploads: ['attachments'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['text'],
  /** More free text and files about the caller's situation. */
  personalData: true,
  prefetch: requestNamed,
  async handler(input, ctx, read) {
    // The unit's handlers (and the operator who asked) are told beside the audit line, once the step is written.
    const after = async (request: ServiceRequest) => {
      const question = openQuestionOf(request);
      if (!question) return;
      const handlers = request.leadUnitId ? await unitHandlers(ctx.db, request.leadUnitId) : [];
      const recipients = [
        ...new Set([...handlers, ...(question.by.role === 'operator' && question.by.openId ? [question.by.openId] : [])]),
      ];
      const key = `info_added:${input.id}:${new Date(question.askedAt).getTime()}`;
      await notify(ctx.db, recipients, { key, template: 'info_added', data: { requestId: input.id, title: request.title } }, ctx.now);
    };
    return takeStep(ctx, { name: 'addInfo', read, after }, (request) => {
      const answer = answerQuestion(request);
      return {
        set: { attachments: [...request.attachments, ...input.attachments].slice(0, 12), ...answer.set },
        text: input.text,
        data: { attachments: input.attachments, ...answer.data },
      };
    });
  },
});
