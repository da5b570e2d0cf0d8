import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { toListItem, type ServiceRequest } from '../../../core/requests';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** The caller's own requests, newest first, one page at a time. */
export const mine = defineAction<ActionContext>()({
  ...requestsApi.mine,
  roles: [],
  async handler(input, ctx) {
    const { data } = await ctx.db
      .collection(COLLECTIONS.requests)
      .where({ applicantId: ctx.identity.openId })
      .orderBy('createdAt', 'desc')
      .skip(input.page * input.pageSize)
      .limit(input.pageSize + 1)
      .get();
    const items = (data as ServiceRequest[]).map(toListItem);
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize };
  },
});
