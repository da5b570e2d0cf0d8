import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { canAcceptOffer } from '../../../core/events/session';
import { toSignUpView } from '../../../core/events/views';
import { assertOwner } from '../../../core/stays/access';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { findSession, setSignUp, signUpNamed } from '../../_shared/events/repository';

/**
 * The owner accepts a place offered from the waitlist before the session starts: offered → confirmed. The places
 * were taken when it was offered, so nothing is counted again; the update is conditional on the status, so an
 * accept racing a cancel leaves one of them.
 */
export const acceptOffer = defineAction<ActionContext>()({
  ...eventsApi.acceptOffer,
  roles: [],
  prefetch: signUpNamed,
  async handler(_input, ctx, signUp) {
    assertOwner(callerOf(ctx), signUp);
    const session = await findSession(ctx.db, signUp.sessionId);
    if (!canAcceptOffer(signUp, session, ctx.now)) throw new AppError('CONFLICT', { details: { rule: 'not-offered' } });
    await setSignUp(ctx.db, { id: signUp._id, from: 'offered', fields: { status: 'confirmed', updatedAt: ctx.now } });
    return toSignUpView({ ...signUp, status: 'confirmed', updatedAt: ctx.now });
  },
});
