import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { STAFF, staffStay } from '../staff';

/** Checks a guest out; nights from today on go back (and on to the waitlist). */
export const checkOut = defineAction<ActionContext>()({
  ...staysApi.checkOut,
  roles: STAFF,
  async handler(input, ctx) {
    const app = await staffStay(ctx, input.id);
    return changeStay(ctx, { app, event: 'checkOut', actor: 'operator' });
  },
});
