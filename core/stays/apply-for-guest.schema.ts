import * as z from 'zod';
import { documentList } from '../documents';
import { calendarDate, personInput, stationId } from './fields';
import { GUEST_PURPOSES } from './model';
import { text } from '../contract/text';

/** `stays.applyForGuest`: a verified employer books a stay for a named guest. */
export const applyForGuestInput = z
  .object({
    stationId,
    checkIn: calendarDate,
    nights: z.number().int().min(1).max(14),
    guest: personInput,
    purpose: z.enum(GUEST_PURPOSES),
    employerName: text({ max: 100 }),
    documents: documentList,
    joinWaitlist: z.boolean().optional(),
  })
  .strict();
export type ApplyForGuestInput = z.infer<typeof applyForGuestInput>;
