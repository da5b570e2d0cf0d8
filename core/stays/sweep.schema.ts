import * as z from 'zod';

/** `stays.sweep`: expire, mark no-shows and lapse offers, a page at a time (the scheduler calls it). */
export const sweepInput = z
  .object({ limit: z.number().int().min(1).max(100).default(50) })
  .strict()
  .default({ limit: 50 });
