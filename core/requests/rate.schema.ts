import * as z from 'zod';
import { requestId } from './fields';

export const rateInput = z
  .object({
    id: requestId,
    score: z.number().int().min(1).max(5),
    satisfied: z.boolean(),
    comment: z.string().trim().max(200).optional(),
  })
  .strict();
