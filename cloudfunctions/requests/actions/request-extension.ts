import { requestsApi } from '../../../core/requests/api';
import { AppError, defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/** 申请延期: the lead unit asks the operator for more working days; one pending request at a time. */
export const requestExtension = defineAction<ActionContext>()({
  ...requestsApi.requestExtension,
  roles: ['unit'],
  freeText: ['reason'],
  prefetch: requestNamed,
  handler: (input, ctx, read) =>
    takeStep(ctx, { name: 'requestExtension', read }, (request) => {
      if (request.extension?.status === 'pending') {
        throw new AppError('CONFLICT', { message: { 'zh-CN': '已有待审批的延期申请', en: 'An extension request is already pending' } });
      }
      return {
        set: { extension: { days: input.days, reason: input.reason, requestedAt: ctx.now, status: 'pending' } },
        text: input.reason,
        data: { days: input.days },
      };
    }),
});
