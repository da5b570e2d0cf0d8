import * as z from 'zod';
import { attachments, longText } from './fields';

export const submitInput = z
  .object({
    /** One of the active categories (an admin edits the list; 12 to start with). */
    category: z.string().trim().min(1).max(64),
    title: longText(40),
    body: longText(1000),
    attachments: attachments.default([]),
  })
  .strict();
export type SubmitInput = z.infer<typeof submitInput>;
