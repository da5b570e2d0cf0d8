import * as z from 'zod';
import { requestId } from './fields';
import { text } from '../contract/text';

export const rateInput = z
  .object({
    id: requestId,
    score: z.number().int().min(1).max(5),
    satisfied: z.boolean(),
    comment: text({ min: 0, max: 200, multiline: true }).optional(),
  })
  .strict();
