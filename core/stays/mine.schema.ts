import * as z from 'zod';

/** `stays.mine`: the caller's applications (and guests they booked), newest first. */
export const mineInput = z
  .object({ page: z.number().int().min(0).max(100).default(0), pageSize: z.number().int().min(1).max(50).default(20) })
  .strict()
  .default({ page: 0, pageSize: 20 });
