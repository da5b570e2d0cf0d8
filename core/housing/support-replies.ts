import * as z from 'zod';
import { DOCUMENT_KINDS, FILE_TYPES } from '../documents';
import { csvFile } from '../reports/replies';
import { personView } from '../stays/replies';
import { TALENT_CATEGORIES } from '../talent/profile';
import { SUPPORT_STATUSES } from './support-records';
import { SUPPORT_KINDS, supportPolicySchema } from './support';

// Reply schemas of the support actions (core/housing/support-api.ts); instants are Dates before the reply is JSON.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const month = z.string().regex(/^\d{4}-\d{2}$/);
const instant = z.date();
const count = z.number().int().nonnegative();
const kind = z.enum(SUPPORT_KINDS);

const documentView = z.object({ kind: z.enum(DOCUMENT_KINDS), fileId: z.string(), type: z.enum(FILE_TYPES), size: z.number() }).strict();
export const supportAmountView = z.object({ monthly: count.nullable(), months: count, total: count }).strict();
export const entitlementView = z.object({ month, amount: count, recheck: z.boolean() }).strict();
export const recheckView = z.object({ month, passed: z.boolean(), note: z.string(), on: date }).strict();
export const disbursementView = z.object({ month, amount: count, paidOn: date, reference: z.string() }).strict();

/** `support.supportPolicy`: the tiers, and the documents each kind of support asks for. */
export const supportPolicyReply = z
  .object({ policy: supportPolicySchema, documents: z.record(kind, z.array(z.enum(DOCUMENT_KINDS))) })
  .strict();

/** An application as its owner and the operators see it: no identity hash, no sealed numbers, no asker's id. */
export const supportView = z
  .object({
    _id: z.string(),
    kind,
    ownerId: z.string(),
    person: personView,
    category: z.enum(TALENT_CATEGORIES),
    employer: z.object({ creditCode: z.string(), name: z.string() }).strict(),
    declarations: z.object({ ownsHomeInShanghai: z.boolean() }).strict(),
    monthlyRentPaid: count.nullable(),
    documents: z.array(documentView),
    status: z.enum(SUPPORT_STATUSES),
    openQuestion: z.object({ text: z.string(), askedAt: instant }).strict().nullable(),
    answers: z.array(
      z
        .object({ question: z.string(), askedAt: instant, text: z.string(), documents: z.array(documentView), answeredAt: instant })
        .strict(),
    ),
    amount: supportAmountView.nullable(),
    schedule: z.array(entitlementView),
    rechecks: z.array(recheckView),
    /** The re-check month due next (rent support), null when none is pending. */
    nextRecheck: month.nullable(),
    reason: z.string().nullable(),
    submittedAt: instant,
    decidedAt: instant.nullable(),
    updatedAt: instant,
    disbursements: z.array(disbursementView),
  })
  .strict();

export const mySupportReply = z.object({ items: z.array(supportView) }).strict();

/** One line of the operators' queue. */
export const supportListItem = z
  .object({
    _id: z.string(),
    kind,
    name: z.string(),
    category: z.enum(TALENT_CATEGORIES),
    employerName: z.string(),
    status: z.enum(SUPPORT_STATUSES),
    submittedAt: instant,
    updatedAt: instant,
  })
  .strict();
export const supportQueueReply = z.object({ items: z.array(supportListItem) }).strict();

/**
 * `support.getSupport` (operators): the application with the materials checklist and what approving would grant
 * under today's policy (core's supportAmount); who decided.
 */
export const supportStaffView = supportView
  .extend({
    checklist: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), files: count }).strict()),
    computed: supportAmountView,
    decidedBy: z.string().nullable(),
  })
  .strict();

export const disbursementsCsvReply = csvFile.extend({ rows: count }).strict();
