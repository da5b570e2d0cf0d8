import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { seatsNamed } from '../../_shared/workspaces/repository';
import { STAFF, staffSeats } from '../staff';

export const reject = defineAction<ActionContext>()({
  ...workspacesApi.reject,
  roles: STAFF,
  freeText: ['reason'],
  prefetch: seatsNamed,
  async handler(input, ctx, read) {
    const app = staffSeats(ctx, read);
    return changeSeats(ctx, { app, event: 'reject', actor: 'operator', fields: { reason: input.reason }, note: { reason: input.reason } });
  },
});
