import { AppError, defineAction } from '../../../core/contract';
import { policiesApi } from '../../../core/policies/api';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findPolicy, setPolicy, toPolicyView, type StoredPolicy } from '../../_shared/policies/repository';

/** Creates or replaces a policy of the catalogue (a withdrawn one saved again is back in it). District admin. */
export const savePolicy = defineAction<ActionContext>()({
  ...policiesApi.savePolicy,
  roles: ['admin'],
  async handler(input, ctx) {
    if (input.validTo !== undefined && input.validTo < input.validFrom) {
      throw new AppError('VALIDATION', {
        issues: [{ path: 'validTo', message: ctx.locale === 'en' ? 'Ends before it starts' : '截止日期早于生效日期' }],
      });
    }
    const before = await findPolicy(ctx.db, input._id);
    const stored: StoredPolicy = { ...input, withdrawn: false, updatedAt: ctx.now, updatedBy: ctx.identity.openId };
    await setPolicy(ctx.db, stored);
    await recordAudit(
      { ...ctx, action: 'policies.save' },
      {
        target: { collection: COLLECTIONS.policies, id: stored._id },
        before: before ? (before.withdrawn ? 'withdrawn' : 'published') : null,
        after: 'published',
      },
    );
    return toPolicyView(stored);
  },
});
