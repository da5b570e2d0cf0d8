import * as z from 'zod';
import { attachments, longText, requestId } from './fields';

/** 办结: the reply to the applicant is required. */
export const resolveInput = z.object({ id: requestId, reply: longText(2000), attachments: attachments.default([]) }).strict();
