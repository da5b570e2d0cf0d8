import * as z from 'zod';
import { documentList } from '../documents';
import { applicationId, calendarDate, personInput, stationId } from './fields';
import { SELF_APPLICANT_TYPES } from './model';
import { text } from '../contract/text';

/** `stays.apply`: a talent or a team member applies for themselves. */
export const applyInput = z
  .object({
    stationId,
    type: z.enum(SELF_APPLICANT_TYPES),
    checkIn: calendarDate,
    nights: z.number().int().min(1).max(14),
    applicant: personInput,
    intendsToWorkInShanghai: z.boolean().optional(),
    yearsAbroad: z.number().min(0).max(60).optional(),
    university: text({ max: 120 }).optional(),
    graduationDate: calendarDate.optional(),
    /** team-member: the approved seat application of the team. */
    seatApplicationId: applicationId.optional(),
    documents: documentList,
    /** When the nights are full: join the station's waitlist instead of answering NO_CAPACITY. */
    joinWaitlist: z.boolean().optional(),
  })
  .strict();
export type ApplyInput = z.infer<typeof applyInput>;
