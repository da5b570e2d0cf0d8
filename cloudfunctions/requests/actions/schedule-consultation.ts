import { requestsApi } from '../../../core/requests/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { assertUnits, findRequest, takeStep } from '../../_shared/requests/repository';

/** 定期会商: the operator schedules a consultation of the units on a complex request. */
export const scheduleConsultation = defineAction<ActionContext>()({
  ...requestsApi.scheduleConsultation,
  roles: ['operator', 'admin'],
  /** The units named and the request at once; a unit unknown is answered first. */
  prefetch: async (input, ctx) => (await Promise.all([assertUnits(ctx, input.unitIds, 'unitIds'), findRequest(ctx.db, input.id)]))[1],
  handler(input, ctx, read) {
    return takeStep(ctx, { name: 'scheduleConsultation', read }, (request) => {
      const consultation = {
        id: `c${request.consultations.length + 1}`,
        scheduledFor: new Date(input.at),
        unitIds: input.unitIds,
        topic: input.topic,
        status: 'scheduled' as const,
      };
      return {
        set: { consultations: [...request.consultations, consultation] },
        data: { consultationId: consultation.id, at: consultation.scheduledFor.toISOString() },
      };
    });
  },
});
