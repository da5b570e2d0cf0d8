import * as z from 'zod';
import { QUEUE_ORDERS, queueCursor } from '../review/queue-page';
import { calendarDate, stationId } from '../stays/fields';
import { SEAT_STATUSES } from './model';

/** `workspaces.queue`: an operator's list of seat applications by submit time, a keyset page at a time. */
export const queueSeatsInput = z
  .object({
    stationId: stationId.optional(),
    status: z.array(z.enum(SEAT_STATUSES)).min(1).max(SEAT_STATUSES.length).default(['pending']),
    startFrom: calendarDate.optional(),
    startTo: calendarDate.optional(),
    order: z.enum(QUEUE_ORDERS).default('oldest'),
    cursor: queueCursor.optional(),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict();
