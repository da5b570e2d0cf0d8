import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../../_shared/stays/lifecycle';
import { stayNamed } from '../../_shared/stays/repository';
import { STAFF, staffStay } from '../staff';

/** Rejects a pending or waitlisted application with a reason the applicant reads; the nights go back. */
export const reject = defineAction<ActionContext>()({
  ...staysApi.reject,
  roles: STAFF,
  freeText: ['reason'],
  prefetch: stayNamed,
  async handler(input, ctx, read) {
    const app = staffStay(ctx, read);
    return changeStay(ctx, { app, event: 'reject', actor: 'operator', fields: { reason: input.reason }, note: { reason: input.reason } });
  },
});
