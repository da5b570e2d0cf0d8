import { defineAction } from '../../../core/contract';
import { rejectInput } from '../../../core/stays/reject.schema';
import type { ActionContext } from '../../_shared/handler';
import { changeStay } from '../lifecycle';
import { STAFF, staffStay } from '../staff';

/** Rejects a pending or waitlisted application with a reason the applicant reads; the nights go back. */
export const reject = defineAction<ActionContext>()({
  input: rejectInput,
  roles: STAFF,
  freeText: ['reason'],
  async handler(input, ctx) {
    const app = await staffStay(ctx, input.id);
    return changeStay(ctx, { app, event: 'reject', actor: 'operator', fields: { reason: input.reason }, note: { reason: input.reason } });
  },
});
