import * as z from 'zod';
import { longText, requestId } from './fields';

export const requestExtensionInput = z.object({ id: requestId, days: z.number().int().min(1).max(15), reason: longText(500) }).strict();
