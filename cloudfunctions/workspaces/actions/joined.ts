import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { toJoinedSeatView } from '../../../core/workspaces/application';
import type { ActionContext } from '../../_shared/handler';
import { listSeats } from '../../_shared/workspaces/repository';

/** The teams the caller joined by invite, newest first: their booking, read-only (index `member_openids_submitted`). */
export const joined = defineAction<ActionContext>()({
  ...workspacesApi.joined,
  roles: [],
  prefetch: (input, ctx) => listSeats(ctx.db, { where: { memberOpenIds: ctx.identity.openId }, order: 'desc', ...input }),
  handler: async (input, _ctx, { items, hasMore }) => ({ items: items.map(toJoinedSeatView), page: input.page, hasMore }),
});
