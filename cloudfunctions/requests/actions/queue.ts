import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { toListItem, type ServiceRequest } from '../../../core/requests';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** The operator's work list: by default what waits for triage or dispatch, oldest first. */
export const queue = defineAction<ActionContext>()({
  ...requestsApi.queue,
  roles: ['operator', 'admin'],
  async handler(input, ctx) {
    const { data } = await ctx.db
      .collection(COLLECTIONS.requests)
      .where({ status: ctx.db.command.in(input.statuses) })
      .orderBy('createdAt', 'asc')
      .skip(input.page * input.pageSize)
      .limit(input.pageSize + 1)
      .get();
    // Staff only: whether the lead unit waits for an answer to an extension (the applicant's lists never say).
    const items = (data as ServiceRequest[]).map((r) => ({ ...toListItem(r), extensionPending: r.extension?.status === 'pending' }));
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize };
  },
});
