import * as z from 'zod';
import { longText, requestId } from './fields';

/** 退单: the reason is required; the request goes back to the operator for triage. */
export const returnInput = z.object({ id: requestId, reason: longText(500) }).strict();
