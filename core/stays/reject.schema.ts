import * as z from 'zod';
import { applicationId } from './fields';

/** `stays.reject`: the reason is required; the applicant reads it. */
export const rejectInput = z.object({ id: applicationId, reason: z.string().trim().min(2).max(500) }).strict();
