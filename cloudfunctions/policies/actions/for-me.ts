import { shanghaiDateOf } from '../../../core/calendar/dates';
import { defineAction } from '../../../core/contract';
import { matchPolicies } from '../../../core/policies/matcher';
import { policiesApi } from '../../../core/policies/api';
import type { ActionContext } from '../../_shared/handler';
import { policiesInCatalogue, toPolicyView, type StoredPolicy } from '../../_shared/policies/repository';

/**
 * 政策直达: the policies in force that apply to the caller, or almost do (and what is missing), read against the
 * talent profile they gave (`account.setProfile`); `all` adds those that do not. Core's matcher decides.
 */
export const forMe = defineAction<ActionContext>()({
  ...policiesApi.forMe,
  roles: [],
  prefetch: (_input, ctx) => policiesInCatalogue(ctx.db),
  async handler(input, ctx, policies) {
    const profile = ctx.user?.talent ?? {};
    const matches = matchPolicies({ policies, profile, today: shanghaiDateOf(ctx.now) });
    return {
      profile,
      matches: matches.filter((m) => input.all || m.level !== 'no').map((m) => ({ ...m, policy: toPolicyView(m.policy as StoredPolicy) })),
    };
  },
});
