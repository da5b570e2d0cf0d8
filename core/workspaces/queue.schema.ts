import * as z from 'zod';
import { calendarDate, stationId } from '../stays/fields';
import { SEAT_STATUSES } from './model';

/** `workspaces.queue`: an operator's list of seat applications, oldest submission first. */
export const queueSeatsInput = z
  .object({
    stationId: stationId.optional(),
    status: z.array(z.enum(SEAT_STATUSES)).min(1).max(SEAT_STATUSES.length).default(['pending']),
    startFrom: calendarDate.optional(),
    startTo: calendarDate.optional(),
    page: z.number().int().min(0).max(1000).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict();
