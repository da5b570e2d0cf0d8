import * as z from 'zod';
import type { recordSubscriptionsReply } from './replies';

/**
 * `recordSubscriptions`: the WeChat template ids the caller just accepted in `requestSubscribeMessage` (WeChat
 * answers `accept` per id). Each configured id earns the caller one subscribe message of that template.
 */
export const recordSubscriptionsInput = z
  .object({
    accepted: z
      .array(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/))
      .min(1)
      .max(10),
  })
  .strict();
export type RecordSubscriptionsInput = z.infer<typeof recordSubscriptionsInput>;

/** Its reply's schema: `recordSubscriptionsReply` (core/account/replies.ts). */
export type RecordSubscriptionsResult = z.output<typeof recordSubscriptionsReply>;
