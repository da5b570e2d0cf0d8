import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { toSignUpView } from '../../../core/events/views';
import { assertOwner } from '../../../core/stays/access';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { rateOnce, signUpNamed } from '../../_shared/events/repository';

/** After attending (checked in), the owner rates the session once, 1–5 stars. */
export const rate = defineAction<ActionContext>()({
  ...eventsApi.rate,
  roles: [],
  prefetch: signUpNamed,
  async handler(input, ctx, signUp) {
    assertOwner(callerOf(ctx), signUp);
    if (signUp.status !== 'attended' || signUp.rating !== null)
      throw new AppError('CONFLICT', { details: { rule: 'rate-after-attending' } });
    if (!(await rateOnce(ctx.db, signUp._id, input.stars, ctx.now))) throw new AppError('CONFLICT');
    return toSignUpView({ ...signUp, rating: input.stars, updatedAt: ctx.now });
  },
});
