import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { toListItem } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { applicantRequests } from '../../_shared/requests/repository';

/** The caller's own requests, newest first, one page at a time. */
export const mine = defineAction<ActionContext>()({
  ...requestsApi.mine,
  roles: [],
  async handler(input, ctx) {
    const { items, hasMore } = await applicantRequests(ctx.db, ctx.identity.openId, input);
    return { items: items.map(toListItem), hasMore };
  },
});
