import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { STAFF, staffStay } from '../staff';

/** Approves a pending application; its nights stay held. */
export const approve = defineAction<ActionContext>()({
  ...staysApi.approve,
  roles: STAFF,
  async handler(input, ctx) {
    const app = await staffStay(ctx, input.id);
    return changeStay(ctx, { app, event: 'approve', actor: 'operator' });
  },
});
