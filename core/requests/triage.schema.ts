import * as z from 'zod';
import { requestId, tier, unitId } from './fields';

export const triageInput = z
  .object({
    id: requestId,
    tier,
    leadUnitId: unitId,
    coUnitIds: z.array(unitId).max(5).default([]),
  })
  .strict()
  .refine((input) => !input.coUnitIds.includes(input.leadUnitId), {
    path: ['coUnitIds'],
    message: 'The lead unit cannot also be a co-unit / 主办单位不能同时为协办单位',
  });
