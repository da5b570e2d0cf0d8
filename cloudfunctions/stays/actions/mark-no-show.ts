import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { noShowRefusal } from '../../../core/stays/sweep';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** Marks an approved guest who did not arrive by noon the day after check-in; the nights go back. */
export const markNoShow = defineAction<ActionContext>()({
  ...staysApi.markNoShow,
  roles: STAFF,
  prefetch: stayNamed,
  async handler(_input, ctx, read) {
    const app = staffStay(ctx, read);
    const refusal = noShowRefusal({ checkIn: app.checkIn, now: ctx.now });
    if (refusal) throw new AppError('CONFLICT', { message: refusal, details: { rule: 'no-show-deadline' } });
    return changeStay(ctx, { app, event: 'markNoShow', actor: 'operator' });
  },
});
