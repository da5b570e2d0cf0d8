import { defineAction } from '../../../core/contract';
import { policiesApi } from '../../../core/policies/api';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { policyNamed, toPolicyView, updatePolicy } from '../../_shared/policies/repository';

/** Takes a policy out of the catalogue; it stays stored, as requests about it name it. District admin. */
export const withdrawPolicy = defineAction<ActionContext>()({
  ...policiesApi.withdrawPolicy,
  roles: ['admin'],
  prefetch: policyNamed,
  async handler(_input, ctx, policy) {
    if (policy.withdrawn) return toPolicyView(policy);
    const change = { withdrawn: true, updatedAt: ctx.now, updatedBy: ctx.identity.openId };
    await updatePolicy(ctx.db, policy._id, change);
    await recordAudit(
      { ...ctx, action: 'policies.withdraw' },
      { target: { collection: COLLECTIONS.policies, id: policy._id }, before: 'published', after: 'withdrawn' },
    );
    return toPolicyView({ ...policy, ...change });
  },
});
