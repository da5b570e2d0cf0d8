import * as z from 'zod';
import { longText, requestId } from './fields';

/** An internal note: the applicant never sees it. */
export const noteInput = z.object({ id: requestId, text: longText(1000) }).strict();
