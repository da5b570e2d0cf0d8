import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findCatalogEntry } from '../../_shared/requests/catalog';
import { findUser } from '../../_shared/users';
import { activePair } from '../../_shared/liaisons/repository';

/** Who looks after the caller (双结对): their liaison's name and unit, or null when they have none. */
export const myLiaison = defineAction<ActionContext>()({
  ...liaisonsApi.myLiaison,
  roles: [],
  prefetch: (_input, ctx) => activePair(ctx.db, ctx.identity.openId),
  async handler(_input, ctx, pair) {
    if (!pair) return { liaison: null };
    const liaison = await findUser(ctx.db, pair.liaisonId);
    let unitName: { 'zh-CN': string; en: string } | null = null;
    if (liaison?.unitId) {
      unitName = (await findCatalogEntry(ctx.db, COLLECTIONS.units, liaison.unitId))?.name ?? null;
    }
    return {
      liaison: {
        openId: pair.liaisonId,
        displayName: liaison?.displayName ?? null,
        unitId: liaison?.unitId ?? null,
        unitName,
        pairedOn: pair.pairedOn,
      },
    };
  },
});
