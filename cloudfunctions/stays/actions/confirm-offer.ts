import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { offerLapsed } from '../../../core/stays/sweep';
import { assertOwner } from '../../../core/stays/access';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';

/** The owner takes the nights offered from the waitlist: the application goes to review as pending. */
export const confirmOffer = defineAction<ActionContext>()({
  ...staysApi.confirmOffer,
  roles: [],
  prefetch: stayNamed,
  async handler(_input, ctx, app) {
    assertOwner(callerOf(ctx), app);
    if (offerLapsed({ offerExpiresAt: app.offerExpiresAt, now: ctx.now })) throw new AppError('CONFLICT');
    return changeStay(ctx, { app, event: 'confirmOffer', actor: 'owner', fields: { offerExpiresAt: null } });
  },
});
