import * as z from 'zod';
import { documentList } from '../documents';
import { calendarDate, personInput, stationId } from '../stays/fields';
import { memberInput } from './member.schema';
import { text } from '../contract/text';

/** `workspaces.apply`: a startup team asks for co-working seats. */
export const applySeatsInput = z
  .object({
    stationId,
    seats: z.number().int().min(1).max(6),
    months: z.number().int().min(1).max(3),
    startDate: calendarDate,
    team: z
      .object({
        name: text({ max: 80 }),
        leader: personInput,
        /** Besides the leader: a team is 1–10 people. */
        members: z.array(memberInput).max(9),
        projectSummary: text({ min: 10, max: 2000, multiline: true }),
        /** 统一社会信用代码, 18 characters, when the team has a company. */
        creditCode: z
          .string()
          .trim()
          .regex(/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/i)
          .optional(),
      })
      .strict(),
    documents: documentList,
  })
  .strict();
export type ApplySeatsInput = z.infer<typeof applySeatsInput>;
