import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import { toListItem } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { applicantRequests } from '../../_shared/requests/repository';

/** The caller's own requests, newest first, one page at a time. */
export const mine = defineAction<ActionContext>()({
  ...requestsApi.mine,
  roles: [],
  prefetch: (input, ctx) => applicantRequests(ctx.db, ctx.identity.openId, input),
  handler: async (_input, _ctx, { items, hasMore }) => ({ items: items.map(toListItem), hasMore }),
});
