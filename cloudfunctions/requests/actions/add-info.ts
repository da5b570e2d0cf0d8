import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { addInfoInput } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { takeStep } from '../../_shared/requests/repository';

/** 补充材料: the applicant adds text and files while the request is open. */
export const addInfo = defineAction<ActionContext>()({
  input: addInfoInput,
  roles: [],
  uploads: ['attachments'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['text'],
  /** More free text and files about the caller's situation. */
  personalData: true,
  handler: (input, ctx) =>
    takeStep(ctx, { id: input.id, name: 'addInfo' }, (request) => ({
      set: { attachments: [...request.attachments, ...input.attachments].slice(0, 12) },
      text: input.text,
      data: { attachments: input.attachments },
    })),
});
