import { requestsApi } from '../../../core/requests/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { deadlineFields, deadlineFor, MAX_REOPENS, type Deadline } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { loadCalendars } from '../../_shared/calendars';
import { warnIfProvisional } from '../../_shared/requests/calendar-warning';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/**
 * 评价: 1–5 and satisfied or not. Satisfied, or unsatisfied after the one reopen, closes the request; the first
 * unsatisfied rating reopens it for the lead unit with a fresh deadline of the same tier from now.
 */
export const rate = defineAction<ActionContext>()({
  ...requestsApi.rate,
  roles: [],
  rateLimit: SUBMIT_RATE_LIMIT,
  idempotent: true,
  freeText: ['comment'],
  /** The comment is free text, and free text can carry personal data. */
  personalData: true,
  prefetch: requestNamed,
  async handler(input, ctx, current) {
    const reopen = !input.satisfied && (current?.reopenCount ?? 0) < MAX_REOPENS;
    const rating = { score: input.score, satisfied: input.satisfied, comment: input.comment ?? null, at: ctx.now };
    let newDeadline: Deadline | null = null;
    const view = await takeStep(ctx, { name: reopen ? 'reopen' : 'rate', read: current }, async (request) => {
      const data = { unitId: request.leadUnitId, score: input.score, satisfied: input.satisfied };
      if (!reopen) return { set: { rating }, text: input.comment, data };
      const deadline = deadlineFor({ from: ctx.now, workingDays: request.tier ?? 5, calendars: await loadCalendars(ctx.db, ctx.now) });
      newDeadline = deadline;
      return {
        set: {
          rating,
          reopenCount: request.reopenCount + 1,
          resolvedAt: null,
          dispatchedAt: ctx.now,
          ...deadlineFields(deadline),
        },
        text: input.comment,
        data: { ...data, dueDate: deadline.dueDate },
      };
    });
    await warnIfProvisional(ctx, newDeadline);
    return view;
  },
});
