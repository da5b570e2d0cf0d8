import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/** 退单: the lead unit sends the request back to triage with a reason; the clock stops. */
export const returnRequest = defineAction<ActionContext>()({
  ...requestsApi.return,
  roles: ['unit'],
  freeText: ['reason'],
  prefetch: requestNamed,
  handler: (input, ctx, read) =>
    takeStep(ctx, { name: 'return', read }, () => ({
      set: { dueAt: null, dueDate: null, dueProvisional: false, reminderPending: false },
      text: input.reason,
    })),
});
