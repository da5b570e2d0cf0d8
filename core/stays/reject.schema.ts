import * as z from 'zod';
import { applicationId } from './fields';
import { text } from '../contract/text';

/** `stays.reject`: the reason is required; the applicant reads it. */
export const rejectInput = z.object({ id: applicationId, reason: text({ min: 2, max: 500, multiline: true }) }).strict();
