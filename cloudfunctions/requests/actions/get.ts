import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { relationsOf } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { actorOf, viewFor, visibleRequest } from '../../_shared/requests/repository';

/** One request as the caller may see it: the applicant without internal entries; staff in full. */
export const get = defineAction<ActionContext>()({
  ...requestsApi.get,
  roles: [],
  async handler(input, ctx) {
    const request = await visibleRequest(ctx, input.id);
    const relations = relationsOf(actorOf(ctx), request);
    return viewFor(relations.every((r) => r === 'owner') ? 'owner' : 'operator', request);
  },
});
