import { requestsApi } from '../../../core/requests/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { toApplicantView } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { categoryOf, fileRequest } from '../../_shared/requests/submit';

/** 提交诉求: any signed-in user files a request in one of the active categories. Idempotent by requestId. */
export const submit = defineAction<ActionContext>()({
  ...requestsApi.submit,
  roles: [],
  uploads: ['attachments'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['title', 'body'],
  idempotent: true,
  /** Free text and files about the caller's own situation. */
  personalData: true,
  prefetch: (input, ctx) => categoryOf(ctx.db, input.category),
  async handler(input, ctx, category) {
    const request = await fileRequest(ctx, { applicantId: ctx.identity.openId, submit: input, auditAction: 'requests.submit', category });
    return toApplicantView(request);
  },
});
