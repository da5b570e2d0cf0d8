import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { toListItem } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { requestsInStatuses } from '../../_shared/requests/repository';

/** The operator's work list: by default what waits for triage or dispatch, oldest first. */
export const queue = defineAction<ActionContext>()({
  ...requestsApi.queue,
  roles: ['operator', 'admin'],
  async handler(input, ctx) {
    const { items, hasMore } = await requestsInStatuses(ctx.db, input.statuses, input);
    // Staff only: whether the lead unit waits for an answer to an extension (the applicant's lists never say).
    return { items: items.map((r) => ({ ...toListItem(r), extensionPending: r.extension?.status === 'pending' })), hasMore };
  },
});
