import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { holdsPlaces, type SignUpRecord } from '../../../core/events/model';
import { sessionStarted } from '../../../core/events/session';
import { toSignUpView } from '../../../core/events/views';
import { assertOwner } from '../../../core/stays/access';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { offerFreedPlaces } from '../../_shared/events/offers';
import { findEvent, findSession, releasePlaces, setSignUp, signUpNamed } from '../../_shared/events/repository';

const CANCELLABLE = ['confirmed', 'entered', 'waitlisted', 'offered'] as const;

/**
 * The owner cancels before the session starts. Places held go back (one conditional decrement) and are offered to
 * the waitlist in order (core's `offersFromWaitlist`).
 */
export const cancel = defineAction<ActionContext>()({
  ...eventsApi.cancel,
  roles: [],
  prefetch: signUpNamed,
  async handler(_input, ctx, signUp) {
    assertOwner(callerOf(ctx), signUp);
    const session = await findSession(ctx.db, signUp.sessionId);
    if (!(CANCELLABLE as readonly string[]).includes(signUp.status) || sessionStarted(session, ctx.now)) {
      throw new AppError('CONFLICT', { details: { rule: 'not-cancellable' } });
    }
    await setSignUp(ctx.db, { id: signUp._id, from: signUp.status, fields: { status: 'cancelled', updatedAt: ctx.now } });
    const cancelled: SignUpRecord = { ...signUp, status: 'cancelled', updatedAt: ctx.now };
    if (holdsPlaces(signUp.status)) {
      await releasePlaces(ctx.db, session._id, signUp.partySize, ctx.now);
      try {
        await offerFreedPlaces(ctx, await findEvent(ctx.db, session.eventId), session._id);
      } catch (error) {
        // The cancellation stands; the next cancellation (or the organiser) offers what is left.
        console.error(`[${ctx.requestId}] offers after ${signUp._id} not made`, error);
      }
    }
    return toSignUpView(cancelled);
  },
});
