import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** Checks a guest out; nights from today on go back (and on to the waitlist). */
export const checkOut = defineAction<ActionContext>()({
  ...staysApi.checkOut,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    return changeStay(ctx, { app, event: 'checkOut', actor: 'operator' });
  },
});
