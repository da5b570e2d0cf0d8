import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { toSeatView } from '../../../core/workspaces/application';
import type { ActionContext } from '../../_shared/handler';
import { listSeats } from '../../_shared/workspaces/repository';

export const mine = defineAction<ActionContext>()({
  ...workspacesApi.mine,
  roles: [],
  prefetch: (input, ctx) => listSeats(ctx.db, { where: { ownerId: ctx.identity.openId }, order: 'desc', ...input }),
  handler: async (input, _ctx, { items, hasMore }) => ({ items: items.map(toSeatView), page: input.page, hasMore }),
});
