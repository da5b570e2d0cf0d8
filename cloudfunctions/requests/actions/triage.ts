import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { assertUnits, takeStep } from '../../_shared/requests/repository';

/** 分层处理: the operator sets the tier (5, 7 or 15 working days), the lead unit and any co-units. */
export const triage = defineAction<ActionContext>()({
  ...requestsApi.triage,
  roles: ['operator', 'admin'],
  async handler(input, ctx) {
    await assertUnits(ctx, [input.leadUnitId], 'leadUnitId');
    if (input.coUnitIds.length > 0) await assertUnits(ctx, input.coUnitIds, 'coUnitIds');
    return takeStep(ctx, { id: input.id, name: 'triage' }, () => ({
      set: { tier: input.tier, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds, unitIds: [input.leadUnitId, ...input.coUnitIds] },
      data: { tier: input.tier, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds },
    }));
  },
});
