import { shanghaiDateOf } from '../../../core/calendar/dates';
import { defineAction } from '../../../core/contract';
import { inForce, searchPolicies } from '../../../core/policies/matcher';
import { policiesApi } from '../../../core/policies/api';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { policiesInCatalogue, toPolicyView, type StoredPolicy } from '../../_shared/policies/repository';

/** The policies in force today, searched in zh or en (every word must match), by title, a page at a time. */
export const catalogue = defineAction<ActionContext>()({
  ...policiesApi.catalogue,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(input, ctx) {
    const today = shanghaiDateOf(ctx.now);
    const current = (await policiesInCatalogue(ctx.db)).filter(
      (p) => inForce(p, today) && (input.topic === undefined || p.topics.includes(input.topic)),
    );
    const found = (searchPolicies(current, input.query) as StoredPolicy[]).sort((a, b) =>
      a.title['zh-CN'].localeCompare(b.title['zh-CN'], 'zh-CN'),
    );
    const start = input.page * input.pageSize;
    return {
      items: found.slice(start, start + input.pageSize).map(toPolicyView),
      page: input.page,
      hasMore: found.length > start + input.pageSize,
      total: found.length,
    };
  },
  handler: prefetchedReply,
});
