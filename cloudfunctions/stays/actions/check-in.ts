import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { checkInRefusal } from '../../../core/stays/sweep';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** Checks an approved guest in, from the check-in date until the no-show deadline. */
export const checkIn = defineAction<ActionContext>()({
  ...staysApi.checkIn,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    const refusal = checkInRefusal({ checkIn: app.checkIn, now: ctx.now });
    if (refusal) throw new AppError('CONFLICT', { message: refusal, details: { rule: 'check-in-date' } });
    return changeStay(ctx, { app, event: 'checkIn', actor: 'operator' });
  },
});
