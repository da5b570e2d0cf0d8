import * as z from 'zod';
import { defineAction } from '../../../core/contract';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** The active units and categories with their names, for staff screens (triage, consultation, labels). */
export const directory = defineAction<ActionContext>()({
  input: z.object({}).strict().default({}),
  roles: ['operator', 'unit', 'admin'],
  async handler(_input, ctx) {
    const [units, categories] = await Promise.all([
      ctx.db.collection(COLLECTIONS.units).where({ active: true }).limit(1000).get(),
      ctx.db.collection(COLLECTIONS.categories).where({ active: true }).orderBy('order', 'asc').limit(1000).get(),
    ]);
    const named = (d: { _id: string; name: { 'zh-CN': string; en: string } }) => ({ id: d._id, name: d.name });
    return { units: (units.data as Parameters<typeof named>[0][]).map(named), categories: (categories.data as Parameters<typeof named>[0][]).map(named) };
  },
});
