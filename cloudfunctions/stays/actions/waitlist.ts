import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/**
 * Puts a pending application on the waitlist: its nights are released (and offered to others already waiting);
 * the person keeps their one active application, and is offered nights in submit order when some free up.
 */
export const waitlist = defineAction<ActionContext>()({
  ...staysApi.waitlist,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    return changeStay(ctx, { app, event: 'waitlist', actor: 'operator' });
  },
});
