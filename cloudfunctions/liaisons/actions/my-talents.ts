import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ActionContext } from '../../_shared/handler';
import { pairsOf, todayOf, toTalentItem } from '../../_shared/liaisons/repository';
import { usersById } from '../../_shared/users';

/** The caller's talents (科长), the longest without contact first. */
export const myTalents = defineAction<ActionContext>()({
  ...liaisonsApi.myTalents,
  roles: ['unit'],
  async handler(_input, ctx) {
    const pairs = await pairsOf(ctx.db, ctx.identity.openId);
    const users = await usersById(
      ctx.db,
      pairs.map((p) => p.talentId),
    );
    const today = todayOf(ctx);
    const items = pairs
      .map((pair) => toTalentItem(pair, users.get(pair.talentId), today))
      .sort((a, b) => a.contactDueOn.localeCompare(b.contactDueOn) || a.talentId.localeCompare(b.talentId));
    return { items };
  },
});
