import * as z from 'zod';
import type { messageItem } from './replies';

/** `messages`: the caller's in-app messages, newest first, a page at a time. */
export const messagesInput = z
  .object({
    page: z.number().int().min(0).max(1000).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict()
  .default({ page: 0, pageSize: 20 });
export type MessagesInput = z.infer<typeof messagesInput>;

/** `markMessagesRead`: these of the caller's messages are read (others' ids are ignored, not an error). */
export const markMessagesReadInput = z.object({ ids: z.array(z.string().trim().min(1).max(300)).min(1).max(50) }).strict();
export type MarkMessagesReadInput = z.infer<typeof markMessagesReadInput>;

/** One line of the message list (its schema: `messageItem`, core/account/replies.ts). */
export type MessageItem = z.output<typeof messageItem>;
