import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/** An internal note by a handler of the request's units or an operator; never shown to the applicant. */
export const note = defineAction<ActionContext>()({
  ...requestsApi.note,
  roles: ['unit', 'operator', 'admin'],
  freeText: ['text'],
  prefetch: requestNamed,
  handler: (input, ctx, read) => takeStep(ctx, { name: 'note', read }, () => ({ text: input.text })),
});
