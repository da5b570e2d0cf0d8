import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { assertOwner } from '../../../core/stays/access';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';

/** The owner cancels (pending, approved, waitlisted or offered); the nights go to the waitlist. */
export const cancel = defineAction<ActionContext>()({
  ...staysApi.cancel,
  roles: [],
  prefetch: stayNamed,
  async handler(_input, ctx, app) {
    assertOwner(callerOf(ctx), app);
    return changeStay(ctx, { app, event: 'cancel', actor: 'owner' });
  },
});
