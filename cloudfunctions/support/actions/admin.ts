import { defineAction } from '../../../core/contract';
import { SUPPORT_DOCUMENTS, type SupportPolicy } from '../../../core/housing/support';
import { supportApi } from '../../../core/housing/support-api';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { putSupportPolicy, supportPolicyOf } from '../../_shared/support/repository';

const action = defineAction<ActionContext>();

const policyReply = (policy: SupportPolicy) => ({
  policy,
  documents: { rent: [...SUPPORT_DOCUMENTS.rent], purchase: [...SUPPORT_DOCUMENTS.purchase] },
});

/** The district's tiers and the documents each kind asks for: what the form shows before applying. */
export const supportPolicy = action({
  ...supportApi.supportPolicy,
  roles: [],
  async handler(_input, ctx) {
    return policyReply(await supportPolicyOf(ctx.db));
  },
});

/** The district admin sets the tiers (per talent category, per month or one-off, months) and the re-check interval. */
export const setSupportPolicy = action({
  ...supportApi.setSupportPolicy,
  roles: ['admin'],
  async handler(input, ctx) {
    await putSupportPolicy(ctx.db, { policy: input.policy, now: ctx.now });
    await recordAudit(
      { ...ctx, action: 'support.setSupportPolicy' },
      { target: { collection: COLLECTIONS.supportSettings, id: 'policy' }, before: null, after: null, note: { policy: input.policy } },
    );
    return policyReply(input.policy);
  },
});
