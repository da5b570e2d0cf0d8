import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { LocalizedText } from '../../../core/contract/locale';
import type { Catalog, CatalogEntry } from '../../../core/requests';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { activeCategories, activeUnits } from '../../_shared/requests/catalog';

/** Reference data lists are short (12 categories, ~36 units); one page covers them with room to spare. */
const MAX_ENTRIES = 200;

const entry = (doc: { _id: string; name: LocalizedText }): CatalogEntry => ({ id: doc._id, name: doc.name });

/**
 * 类别与单位: the active request categories in the admin's order, for the request form, and the active units, so an
 * applicant's timeline can name the unit handling their request. Public reference data, no personal data.
 */
export const catalog = defineAction<ActionContext>()({
  ...requestsApi.catalog,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(_input, ctx): Promise<Catalog> {
    const [categories, units] = await Promise.all([activeCategories(ctx.db, MAX_ENTRIES), activeUnits(ctx.db, MAX_ENTRIES)]);
    return { categories: categories.map(entry), units: units.map(entry) };
  },
  handler: prefetchedReply,
});
