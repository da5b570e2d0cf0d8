import * as z from 'zod';
import { IDENTITY_KINDS } from '../documents';
import { QUEUE_ORDERS, queueCursor } from '../review/queue-page';
import { calendarDate, stationId } from './fields';
import { APPLICANT_TYPES, STAY_STATUSES } from './model';

/** `stays.queue`: an operator's list for their station, by submit time, a keyset page at a time. */
export const queueInput = z
  .object({
    /** Admins name the station; an operator's own station is used otherwise. */
    stationId: stationId.optional(),
    status: z.array(z.enum(STAY_STATUSES)).min(1).max(STAY_STATUSES.length).default(['pending']),
    type: z.enum(APPLICANT_TYPES).optional(),
    /** Check-in dates from … to, both included. */
    checkInFrom: calendarDate.optional(),
    checkInTo: calendarDate.optional(),
    /**
     * The applicant's identity document: a passport (foreign or returning from abroad) or a mainland ID card. The
     * application stores no nationality, so this is the filter that stands for it.
     */
    idKind: z.enum(IDENTITY_KINDS).optional(),
    /** Exactly as the applicant gave it (the station's list of universities). */
    university: z.string().trim().min(1).max(100).optional(),
    order: z.enum(QUEUE_ORDERS).default('oldest'),
    cursor: queueCursor.optional(),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict();
