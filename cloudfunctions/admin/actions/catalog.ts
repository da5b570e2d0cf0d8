import { adminApi } from '../../../core/admin/api';
import { defineAction } from '../../../core/contract';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { allCatalog, findCatalogEntry, setCatalogEntry, type CatalogDoc } from '../../_shared/requests/catalog';
import { usersWithRole } from '../../_shared/users';

/** Request categories, active or not, in display order. */
export const categories = defineAction<ActionContext>()({
  ...adminApi.categories,
  roles: ['admin'],
  async handler(_input, ctx) {
    const items = (await allCatalog(ctx.db, COLLECTIONS.categories)).sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    return { items: items.map((c) => ({ id: c._id, name: c.name, order: c.order ?? 0, active: c.active })) };
  },
});

/** Units with their handlers (users holding `unit` for that unit). */
export const units = defineAction<ActionContext>()({
  ...adminApi.units,
  roles: ['admin'],
  async handler(_input, ctx) {
    const [list, handlers] = await Promise.all([allCatalog(ctx.db, COLLECTIONS.units), usersWithRole(ctx.db, 'unit')]);
    const byUnit = new Map<string, Array<{ openId: string; displayName: string | null }>>();
    for (const user of handlers) {
      if (!user.unitId) continue;
      byUnit.set(user.unitId, [...(byUnit.get(user.unitId) ?? []), { openId: user._id, displayName: user.displayName }]);
    }
    return { items: list.map((u) => ({ id: u._id, name: u.name, active: u.active, handlers: byUnit.get(u._id) ?? [] })) };
  },
});

async function save(
  ctx: ActionContext,
  collection: typeof COLLECTIONS.categories | typeof COLLECTIONS.units,
  action: string,
  id: string,
  fields: Record<string, unknown>,
) {
  const before = await findCatalogEntry(ctx.db, collection, id);
  const { _id: _ignored, ...kept } = before ?? ({} as Partial<CatalogDoc>);
  await setCatalogEntry(ctx.db, collection, id, { ...kept, ...fields, updatedAt: ctx.now, ...(before ? {} : { createdAt: ctx.now }) });
  await recordAudit(
    { ...ctx, action },
    {
      target: { collection, id },
      before: before ? (before.active ? 'active' : 'inactive') : null,
      after: fields.active ? 'active' : 'inactive',
    },
  );
}

/** Creates or edits a category; deactivating hides it from new requests, old ones keep it. */
export const saveCategory = defineAction<ActionContext>()({
  ...adminApi.saveCategory,
  roles: ['admin'],
  async handler(input, ctx) {
    await save(ctx, COLLECTIONS.categories, 'admin.saveCategory', input.id, { name: input.name, order: input.order, active: input.active });
    return input;
  },
});

/** Creates or edits a unit; an inactive unit can no longer be dispatched to. */
export const saveUnit = defineAction<ActionContext>()({
  ...adminApi.saveUnit,
  roles: ['admin'],
  async handler(input, ctx) {
    await save(ctx, COLLECTIONS.units, 'admin.saveUnit', input.id, { name: input.name, active: input.active });
    return input;
  },
});
