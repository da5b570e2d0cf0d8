import { requestsApi } from '../../../core/requests/api';
import { AppError, defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { requestNamed, takeStep } from '../../_shared/requests/repository';

/** The minutes of a consultation that was held (internal). */
export const recordConsultation = defineAction<ActionContext>()({
  ...requestsApi.recordConsultation,
  roles: ['operator', 'admin'],
  prefetch: requestNamed,
  handler: (input, ctx, read) =>
    takeStep(ctx, { name: 'recordConsultation', read }, (request) => {
      const found = request.consultations.find((c) => c.id === input.consultationId);
      if (!found) throw new AppError('NOT_FOUND', { details: { consultationId: input.consultationId } });
      const consultations = request.consultations.map((c) =>
        c.id === input.consultationId ? { ...c, status: 'held' as const, minutes: input.minutes, heldAt: ctx.now } : c,
      );
      return { set: { consultations }, text: input.minutes, data: { consultationId: input.consultationId } };
    }),
});
