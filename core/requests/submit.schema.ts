import * as z from 'zod';
import { attachments, longText } from './fields';

/**
 * A request's description, after trimming: at least a short sentence saying what is wrong (one character tells the
 * unit nothing; ten is a short sentence in Chinese and a few words in English), at most what the form counts to.
 */
export const REQUEST_BODY_MIN = 10;
export const REQUEST_BODY_MAX = 1000;

export const submitInput = z
  .object({
    /** One of the active categories (an admin edits the list; 12 to start with). */
    category: z.string().trim().min(1).max(64),
    title: longText(40),
    body: longText(REQUEST_BODY_MAX, REQUEST_BODY_MIN),
    attachments: attachments.default([]),
  })
  .strict();
export type SubmitInput = z.infer<typeof submitInput>;
