import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { STAFF, staffSeats } from '../staff';

/** Refers the team to a partner incubator; the seats it held go back. */
export const refer = defineAction<ActionContext>()({
  ...workspacesApi.refer,
  roles: STAFF,
  freeText: ['note'],
  async handler(input, ctx) {
    const app = await staffSeats(ctx, input.id);
    return changeSeats(ctx, {
      app,
      event: 'refer',
      actor: 'operator',
      fields: { referredTo: input.incubator, reason: input.note ?? null },
      note: { incubator: input.incubator },
    });
  },
});
