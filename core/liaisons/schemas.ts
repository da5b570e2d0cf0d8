import * as z from 'zod';
import { calendarDate } from '../calendar/date-schema';
import { addDays, isIsoDate } from '../calendar/dates';
import { text } from '../contract/text';
import { submitInput } from '../requests/submit.schema';

/** The inputs of the `liaisons` function (双结对). */

const userId = z.string().trim().min(1).max(64);
// Years 2000–2099 only: month lists over a period compare `YYYY-MM` strings, which a fifth year digit (9999-12 + 1
// month = 10000-01) would break into an endless loop.
const date = calendarDate.refine((d) => d >= '2000-01-01' && d <= '2099-12-31', 'YYYY-MM-DD, 2000–2099');

/** `assign`: pairs one talent with a unit handler (科长), moving them from any earlier liaison. */
export const assignInput = z.object({ liaisonId: userId, talentId: userId }).strict();

/** `importPairs`: a CSV of `liaisonId,talentId` lines under a header; written all or nothing. */
export const importPairsInput = z
  .object({
    csv: z.string().min(1).max(200_000),
    /** Only check: answer the plan, write nothing. */
    dryRun: z.boolean().default(false),
  })
  .strict();

/** `pairs`: the pairs in force (district admin), by liaison, a page at a time; optionally one liaison's only. */
export const pairsInput = z
  .object({
    liaisonId: userId.optional(),
    page: z.number().int().min(0).max(100).default(0),
    pageSize: z.number().int().min(1).max(100).default(50),
  })
  .strict()
  .default({ page: 0, pageSize: 50 });

/** `myTalents`: the caller's talents, the longest without contact first. */
export const myTalentsInput = z.object({}).strict().default({});

/** `viewTalent`: one of the caller's talents, with their bookings and requests (read-only, audited). */
export const viewTalentInput = z.object({ talentId: userId }).strict();

/** `logVisit`: a 走访记录 of one of the caller's talents. */
export const logVisitInput = z
  .object({
    talentId: userId,
    on: date,
    topic: text({ max: 60 }),
    followUp: text({ max: 500, multiline: true, min: 0 }).default(''),
  })
  .strict();

/** `fileForTalent`: a service request filed on a talent's behalf, in one of the active categories. */
export const fileForTalentInput = submitInput.omit({ attachments: true }).extend({ talentId: userId }).strict();

/** `askMyLiaison`: a talent's request addressed to their liaison, in one of the active categories. */
export const askMyLiaisonInput = submitInput.omit({ attachments: true }).strict();

/** `myLiaison`: who looks after the caller. */
export const myLiaisonInput = z.object({}).strict().default({});

/** `figures`: the KPI page's liaison figures for a period (both days included). */
export const figuresInput = z
  .object({ from: date, to: date })
  .strict()
  .refine((input) => input.from <= input.to, { path: ['to'], message: 'to ≥ from' })
  // A KPI period is a month, a quarter or a year: at most 366 days. Zod runs this even when `from` failed its
  // pattern (a pattern's issue does not stop the object's checks), and no day can be added to a malformed date.
  .refine((input) => !isIsoDate(input.from) || input.to <= addDays(input.from, 365), { path: ['to'], message: '≤ 366 days' });
