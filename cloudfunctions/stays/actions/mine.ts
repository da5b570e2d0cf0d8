import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { toStayView } from '../../../core/stays/application';
import type { ActionContext } from '../../_shared/handler';
import { listStays } from '../../_shared/stays/repository';

/** The caller's own applications and the guests they booked, newest first. */
export const mine = defineAction<ActionContext>()({
  ...staysApi.mine,
  roles: [],
  prefetch: (input, ctx) => listStays(ctx.db, { where: { ownerId: ctx.identity.openId }, order: 'desc', ...input }),
  handler: async (input, _ctx, { items, hasMore }) => ({ items: items.map(toStayView), page: input.page, hasMore }),
});
