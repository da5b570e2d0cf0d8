import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ActionContext } from '../../_shared/handler';
import { importRows } from '../../_shared/liaisons/pairing';

/** Pairs one talent with a unit handler (科长), moving them from an earlier liaison. District admin. */
export const assign = defineAction<ActionContext>()({
  ...liaisonsApi.assign,
  roles: ['admin'],
  handler: (input, ctx) => importRows(ctx, [input], false),
});
