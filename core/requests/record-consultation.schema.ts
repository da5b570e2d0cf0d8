import * as z from 'zod';
import { longText, requestId } from './fields';

/** The minutes of a consultation that was held; internal. */
export const recordConsultationInput = z
  .object({ id: requestId, consultationId: z.string().min(1).max(16), minutes: longText(2000) })
  .strict();
