import * as z from 'zod';

/** Requests submitted in one month (Asia/Shanghai), a page of up to 500 rows per call. */
export const exportRequestsCsvInput = z
  .object({ month: z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/), page: z.number().int().min(0).max(200).default(0) })
  .strict();
