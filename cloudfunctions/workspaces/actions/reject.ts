import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { STAFF, staffSeats } from '../staff';

export const reject = defineAction<ActionContext>()({
  ...workspacesApi.reject,
  roles: STAFF,
  freeText: ['reason'],
  async handler(input, ctx) {
    const app = await staffSeats(ctx, input.id);
    return changeSeats(ctx, { app, event: 'reject', actor: 'operator', fields: { reason: input.reason }, note: { reason: input.reason } });
  },
});
