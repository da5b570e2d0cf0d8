import * as z from 'zod';

/**
 * Keyset paging for the operators' review queues (stays and seats): a page starts after the last row of the one
 * before, by (submit time, id), so reading page 500 costs what page 1 does and rows never repeat or go missing
 * when others are approved meanwhile (offsets would shift).
 */
export const queueCursor = z
  .object({
    /** The last row's submit time (ISO instant) and id. */
    at: z.iso.datetime(),
    id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  })
  .strict();
export type QueueCursor = z.infer<typeof queueCursor>;

export const QUEUE_ORDERS = ['oldest', 'newest'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];

/** The cursor that continues after a page's last row; null when the page was the last one. */
export function nextCursor(rows: Array<{ _id: string; submittedAt: Date | string }>, hasMore: boolean): QueueCursor | null {
  const last = rows[rows.length - 1];
  if (!hasMore || !last) return null;
  return { at: new Date(last.submittedAt).toISOString(), id: last._id };
}
