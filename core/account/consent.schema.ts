import * as z from 'zod';

export const consentInput = z
  .object({
    /** The policy version the user read; must be the current one. */
    version: z.string().min(1).max(32),
  })
  .strict();
export type ConsentInput = z.infer<typeof consentInput>;
