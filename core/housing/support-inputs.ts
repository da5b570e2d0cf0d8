import * as z from 'zod';
import { ISO_MONTH_PATTERN } from '../calendar/months';
import { text } from '../contract/text';
import { documentList } from '../documents';
import { calendarDate, personInput } from '../stays/fields';
import { TALENT_CATEGORIES } from '../talent/profile';
import { creditCode, recordId } from './inputs';
import { SUPPORT_STATUSES } from './support-records';
import { SUPPORT_KINDS, supportPolicySchema } from './support';

// The input schemas of the support function's actions (core/housing/support-api.ts).

const month = z.string().regex(ISO_MONTH_PATTERN, 'YYYY-MM');
const byId = z.object({ id: recordId }).strict();

export const supportPolicyInput = z.object({}).strict().optional();
/** `support.setSupportPolicy` (admin): the tiers per talent category and how often rent support is re-checked. */
export const setSupportPolicyInput = z.object({ policy: supportPolicySchema }).strict();

/**
 * `support.applySupport`: rent support or the purchase subsidy, with the documents core's SUPPORT_DOCUMENTS names;
 * rent support states the monthly rent of the contract (support never pays more). `declaration` is the applicant's
 * statement that what they give is true.
 */
export const applySupportInput = z
  .object({
    kind: z.enum(SUPPORT_KINDS),
    category: z.enum(TALENT_CATEGORIES),
    applicant: personInput,
    employerCreditCode: creditCode,
    monthlyRentPaid: z.number().int().min(1).max(1_000_000).nullable(),
    ownsHomeInShanghai: z.boolean(),
    declaration: z.literal(true),
    documents: documentList,
  })
  .strict()
  .refine((input) => input.kind === 'purchase' || input.monthlyRentPaid !== null, {
    path: ['monthlyRentPaid'],
    message: 'the monthly rent of the rent contract',
  });
export type ApplySupportInput = z.infer<typeof applySupportInput>;

export const mySupportInput = z.object({}).strict().optional();
/** `support.answerSupport`: the applicant answers the operator's question, with more files if asked. */
export const answerSupportInput = z
  .object({ id: recordId, text: text({ min: 1, max: 1000, multiline: true }), documents: documentList.default([]) })
  .strict();

export const supportQueueInput = z
  .object({ status: z.enum(SUPPORT_STATUSES).optional(), kind: z.enum(SUPPORT_KINDS).optional() })
  .strict()
  .optional();
export const getSupportInput = byId;
/** `support.revealSupport`: the applicant's numbers in clear (audited). */
export const revealSupportInput = byId;
/** `support.askForMore`: one question at a time (the requests domain's 补充材料 pattern). */
export const askForMoreInput = z.object({ id: recordId, question: text({ min: 2, max: 300, multiline: true }) }).strict();
/** `support.approveSupport`: the amount is core's (supportAmount), never typed; the schedule starts this month. */
export const approveSupportInput = byId;
export const rejectSupportInput = z.object({ id: recordId, reason: text({ min: 2, max: 500, multiline: true }) }).strict();
/** `support.recordDisbursement`: one month of the schedule paid, at its scheduled amount. */
export const recordDisbursementInput = z
  .object({ id: recordId, month, paidOn: calendarDate, reference: text({ min: 1, max: 60 }) })
  .strict();
/** `support.disbursementsCsv`: the disbursements paid between two days (both included), for the finance office. */
export const disbursementsCsvInput = z.object({ from: calendarDate, to: calendarDate }).strict();
/** `support.recordRecheck`: the annual re-check of rent support (employed here, renting, no home). */
export const recordRecheckInput = z
  .object({ id: recordId, month, passed: z.boolean(), note: text({ min: 0, max: 500, multiline: true }).default('') })
  .strict();
