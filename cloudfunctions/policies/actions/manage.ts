import { defineAction } from '../../../core/contract';
import { policiesApi } from '../../../core/policies/api';
import type { ActionContext } from '../../_shared/handler';
import { allPolicies, toPolicyView } from '../../_shared/policies/repository';

/** The district admin's list: every policy, withdrawn and out of force included, by title. */
export const manage = defineAction<ActionContext>()({
  ...policiesApi.manage,
  roles: ['admin'],
  async handler(_input, ctx) {
    const policies = (await allPolicies(ctx.db)).sort((a, b) => a.title['zh-CN'].localeCompare(b.title['zh-CN'], 'zh-CN'));
    return { items: policies.map(toPolicyView) };
  },
});
