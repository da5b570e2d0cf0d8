import * as z from 'zod';
import { requestId } from './fields';

/** The operator grants (possibly fewer days than asked) or refuses the pending extension. */
export const grantExtensionInput = z
  .object({ id: requestId, grant: z.boolean(), days: z.number().int().min(1).max(15).optional() })
  .strict();
