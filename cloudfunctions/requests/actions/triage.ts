import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { settleAll } from '../../_shared/side-by-side';
import { assertUnits, findRequest, takeStep } from '../../_shared/requests/repository';

/** 分层处理: the operator sets the tier (5, 7 or 15 working days), the lead unit and any co-units. */
export const triage = defineAction<ActionContext>()({
  ...requestsApi.triage,
  roles: ['operator', 'admin'],
  /** The units named and the request at once; a unit unknown is answered first, the lead unit before the others. */
  async prefetch(input, ctx) {
    const read = findRequest(ctx.db, input.id);
    await settleAll([
      assertUnits(ctx, [input.leadUnitId], 'leadUnitId'),
      input.coUnitIds.length > 0 && assertUnits(ctx, input.coUnitIds, 'coUnitIds'),
      read,
    ]);
    return read;
  },
  handler(input, ctx, read) {
    return takeStep(ctx, { name: 'triage', read }, () => ({
      set: { tier: input.tier, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds, unitIds: [input.leadUnitId, ...input.coUnitIds] },
      data: { tier: input.tier, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds },
    }));
  },
});
