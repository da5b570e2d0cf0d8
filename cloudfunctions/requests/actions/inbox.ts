import { requestsApi } from '../../../core/requests/api';
import { AppError, defineAction } from '../../../core/contract';
import { toListItem } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { unitRequests } from '../../_shared/requests/repository';

/** A unit handler's requests: only those their own unit leads or co-handles, most recently changed first. */
export const inbox = defineAction<ActionContext>()({
  ...requestsApi.inbox,
  roles: ['unit'],
  async handler(input, ctx) {
    const unitId = ctx.user?.unitId;
    if (!unitId) throw new AppError('FORBIDDEN');
    const { items, hasMore } = await unitRequests(ctx.db, unitId, input.statuses, input);
    return {
      items: items.map((r) => ({ ...toListItem(r), role: r.leadUnitId === unitId ? ('lead' as const) : ('co' as const) })),
      hasMore,
    };
  },
});
