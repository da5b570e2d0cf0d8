import { requestsApi } from '../../../core/requests/api';
import { AppError, defineAction } from '../../../core/contract';
import { toListItem, type ServiceRequest } from '../../../core/requests';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** A unit handler's requests: only those their own unit leads or co-handles, most recently changed first. */
export const inbox = defineAction<ActionContext>()({
  ...requestsApi.inbox,
  roles: ['unit'],
  async handler(input, ctx) {
    const unitId = ctx.user?.unitId;
    if (!unitId) throw new AppError('FORBIDDEN');
    const { data } = await ctx.db
      .collection(COLLECTIONS.requests)
      .where({ unitIds: unitId, status: ctx.db.command.in(input.statuses) })
      .orderBy('updatedAt', 'desc')
      .skip(input.page * input.pageSize)
      .limit(input.pageSize + 1)
      .get();
    const items = (data as ServiceRequest[]).map((r) => ({
      ...toListItem(r),
      role: r.leadUnitId === unitId ? ('lead' as const) : ('co' as const),
    }));
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize };
  },
});
