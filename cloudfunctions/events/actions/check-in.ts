import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { parseEventCheckInCode } from '../../../core/events/check-in-code';
import { checkInOpen } from '../../../core/events/session';
import { toSignUpView } from '../../../core/events/views';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { ORGANISERS, organiserSession } from '../organiser';
import { findSignUp, sessionNamed, setSignUp } from '../../_shared/events/repository';

/** The organiser scans the sign-up's QR code at the door (the operator's scanner): a held place becomes attended. */
export const checkIn = defineAction<ActionContext>()({
  ...eventsApi.checkIn,
  roles: ORGANISERS,
  async handler(input, ctx) {
    const id = parseEventCheckInCode(input.code);
    if (!id) {
      const message = ctx.locale === 'en' ? 'Not an event check-in code' : '不是活动签到码';
      throw new AppError('VALIDATION', { issues: [{ path: 'code', message }] });
    }
    const signUp = await findSignUp(ctx.db, id);
    const { session } = organiserSession(ctx, await sessionNamed({ sessionId: signUp.sessionId }, ctx));
    if (!checkInOpen(session, ctx.now)) throw new AppError('CONFLICT', { details: { rule: 'check-in-time' } });
    if (signUp.status !== 'confirmed' && signUp.status !== 'offered')
      throw new AppError('CONFLICT', { details: { rule: 'no-place', status: signUp.status } });
    await setSignUp(ctx.db, { id, from: signUp.status, fields: { status: 'attended', updatedAt: ctx.now } });
    await recordAudit(
      { ...ctx, action: 'events.checkIn' },
      { target: { collection: COLLECTIONS.eventSignUps, id }, before: signUp.status, after: 'attended' },
    );
    return toSignUpView({ ...signUp, status: 'attended', updatedAt: ctx.now });
  },
});
