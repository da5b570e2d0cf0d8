import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { relationsOf } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { actorOf, requestNamed, viewFor, visibleOf } from '../../_shared/requests/repository';

/** One request as the caller may see it: the applicant without internal entries; staff in full. */
export const get = defineAction<ActionContext>()({
  ...requestsApi.get,
  roles: [],
  prefetch: requestNamed,
  async handler(_input, ctx, read) {
    const actor = actorOf(ctx);
    const request = visibleOf(actor, read);
    const relations = relationsOf(actor, request);
    return viewFor(relations.every((r) => r === 'owner') ? 'owner' : 'operator', request);
  },
});
