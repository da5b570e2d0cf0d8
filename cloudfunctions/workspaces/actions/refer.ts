import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { seatsNamed } from '../../_shared/workspaces/repository';
import { STAFF, staffSeats } from '../staff';

/** Refers the team to a partner incubator; the seats it held go back. */
export const refer = defineAction<ActionContext>()({
  ...workspacesApi.refer,
  roles: STAFF,
  freeText: ['note'],
  prefetch: seatsNamed,
  async handler(input, ctx, read) {
    const app = staffSeats(ctx, read);
    return changeSeats(ctx, {
      app,
      event: 'refer',
      actor: 'operator',
      fields: { referredTo: input.incubator, reason: input.note ?? null },
      note: { incubator: input.incubator },
    });
  },
});
