import { defineAction } from '../../../core/contract';
import { toSeatView } from '../../../core/workspaces/application';
import { mineSeatsInput } from '../../../core/workspaces/mine.schema';
import type { ActionContext } from '../../_shared/handler';
import { listSeats } from '../../_shared/workspaces/repository';

export const mine = defineAction<ActionContext>()({
  input: mineSeatsInput,
  roles: [],
  async handler(input, ctx) {
    const { items, hasMore } = await listSeats(ctx.db, { where: { ownerId: ctx.identity.openId }, order: 'desc', ...input });
    return { items: items.map(toSeatView), page: input.page, hasMore };
  },
});
