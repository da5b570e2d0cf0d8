import * as z from 'zod';
import { calendarDate, stationId } from './fields';
import { APPLICANT_TYPES, STAY_STATUSES } from './model';

/** `stays.queue`: an operator's list for their station, oldest submission first. */
export const queueInput = z
  .object({
    /** Admins name the station; an operator's own station is used otherwise. */
    stationId: stationId.optional(),
    status: z.array(z.enum(STAY_STATUSES)).min(1).max(STAY_STATUSES.length).default(['pending']),
    type: z.enum(APPLICANT_TYPES).optional(),
    /** Check-in dates from … to, both included. */
    checkInFrom: calendarDate.optional(),
    checkInTo: calendarDate.optional(),
    page: z.number().int().min(0).max(1000).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict();
