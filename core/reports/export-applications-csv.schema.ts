import * as z from 'zod';
import { queueCursor } from '../review/queue-page';
import { stationId } from '../stays/fields';
import { STAY_STATUSES } from '../stays/model';
import { SEAT_STATUSES } from '../workspaces/model';

export const APPLICATION_KINDS = ['stays', 'seats'] as const;

/**
 * Applications of one station as CSV, oldest submission first, 500 rows a call: `cursor` from the previous call's
 * `nextCursor` continues it. Statuses are checked against the kind's list by the action.
 */
export const exportApplicationsCsvInput = z
  .object({
    stationId: stationId.optional(),
    kind: z.enum(APPLICATION_KINDS),
    status: z
      .array(z.enum([...new Set([...STAY_STATUSES, ...SEAT_STATUSES])] as [string, ...string[]]))
      .min(1)
      .max(12),
    cursor: queueCursor.optional(),
  })
  .strict()
  .superRefine((input, issue) => {
    const allowed: readonly string[] = input.kind === 'stays' ? STAY_STATUSES : SEAT_STATUSES;
    input.status.forEach((status, i) => {
      if (!allowed.includes(status)) issue.addIssue({ code: 'custom', path: ['status', i], message: status });
    });
  });
