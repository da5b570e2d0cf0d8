import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/** 接单: the lead unit takes the request on. */
export const accept = defineAction<ActionContext>()({
  ...requestsApi.accept,
  roles: ['unit'],
  prefetch: requestNamed,
  handler: (_input, ctx, read) => takeStep(ctx, { name: 'accept', read }, () => ({})),
});
