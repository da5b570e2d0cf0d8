import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ActionContext } from '../../_shared/handler';
import { activePairsPage, todayOf, toTalentItem } from '../../_shared/liaisons/repository';
import { usersById } from '../../_shared/users';

/** The pairs in force (district admin), by liaison: who looks after whom, and whose contact is due. */
export const pairs = defineAction<ActionContext>()({
  ...liaisonsApi.pairs,
  roles: ['admin'],
  async handler(input, ctx) {
    const { items, hasMore } = await activePairsPage(ctx.db, input);
    const users = await usersById(ctx.db, [...new Set(items.flatMap((p) => [p.talentId, p.liaisonId]))]);
    const today = todayOf(ctx);
    return {
      items: items.map((pair) => ({
        ...toTalentItem(pair, users.get(pair.talentId), today),
        liaisonId: pair.liaisonId,
        liaisonName: users.get(pair.liaisonId)?.displayName ?? null,
      })),
      page: input.page,
      hasMore,
    };
  },
});
