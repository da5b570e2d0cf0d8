import * as z from 'zod';
import { longText, requestId, unitId } from './fields';

/** 会商: when, which units, about what. */
export const scheduleConsultationInput = z
  .object({ id: requestId, at: z.iso.datetime({ offset: true }), unitIds: z.array(unitId).min(1).max(10), topic: longText(200) })
  .strict();
