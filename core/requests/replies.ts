import * as z from 'zod';
import { LOCALES } from '../contract/locale';
import { tier } from './fields';
import { CONSULTATION_STATUSES, EXTENSION_STATUSES, TIMELINE_ROLES, VISIBILITIES } from './request';
import { STATUSES } from './statuses';
import { TRANSITION_NAMES } from './transitions';

// Reply schemas of the requests actions (core/requests/api.ts). The view builders (views.ts) already send instants
// as ISO strings, so instants are strings here too, before and after JSON alike.
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.iso.datetime();
const count = z.number().int().nonnegative();
const localized = z.record(z.enum(LOCALES), z.string());
const data = z.record(z.string(), z.unknown());

/** Who took a step: staff read everything; the applicant only the role and the unit (never an openId). */
const staffActor = z.object({ role: z.enum(TIMELINE_ROLES), openId: z.string().optional(), unitId: z.string().optional() }).strict();
const applicantActor = staffActor.omit({ openId: true });

const entry = z.object({ type: z.enum(TRANSITION_NAMES), at: instant, by: staffActor, text: z.string().optional(), data: data.optional() });
const question = z.object({ text: z.string(), askedAt: instant, by: staffActor });

/** What both views show (views.ts, `common`). */
const common = {
  id: z.string(),
  category: z.string(),
  title: z.string(),
  body: z.string(),
  attachments: z.array(z.string()),
  status: z.enum(STATUSES),
  tier: tier.nullable(),
  leadUnitId: z.string().nullable(),
  coUnitIds: z.array(z.string()),
  dispatchedAt: instant.nullable(),
  dueAt: instant.nullable(),
  dueDate: date.nullable(),
  dueProvisional: z.boolean(),
  resolvedAt: instant.nullable(),
  reply: z.string().nullable(),
  rating: z.object({ score: z.number().int(), satisfied: z.boolean(), comment: z.string().nullable(), at: instant }).strict().nullable(),
  reopenCount: count,
  createdAt: instant,
  updatedAt: instant,
};

/** `toApplicantView`: public steps only, and no staff identity anywhere. */
export const requestApplicantView = z
  .object({
    ...common,
    consultations: z.array(z.object({ id: z.string(), scheduledFor: instant, status: z.enum(CONSULTATION_STATUSES) }).strict()),
    openQuestion: question.extend({ by: applicantActor }).strict().nullable(),
    timeline: z.array(entry.extend({ by: applicantActor }).strict()),
  })
  .strict();

/** `toStaffView`: what operators, admins and the request's units read, internal entries and actors included. */
export const requestStaffView = z
  .object({
    ...common,
    applicantId: z.string(),
    overdue: z.boolean(),
    extension: z
      .object({ days: z.number().int().positive(), reason: z.string(), requestedAt: instant, status: z.enum(EXTENSION_STATUSES) })
      .strict()
      .nullable(),
    consultations: z.array(
      z
        .object({
          id: z.string(),
          scheduledFor: instant,
          unitIds: z.array(z.string()),
          topic: z.string(),
          status: z.enum(CONSULTATION_STATUSES),
          minutes: z.string().optional(),
          heldAt: instant.nullable(),
        })
        .strict(),
    ),
    openQuestion: question.strict().nullable(),
    timeline: z.array(entry.extend({ visibility: z.enum(VISIBILITIES) }).strict()),
    version: count,
  })
  .strict();

/** `get`: the applicant's view to a caller who only filed the request, the staff view to staff. */
export const requestView = z.union([requestStaffView, requestApplicantView]);

/** `toListItem`: a line of the applicant's list. */
export const requestListItem = z
  .object({
    id: z.string(),
    category: z.string(),
    title: z.string(),
    status: z.enum(STATUSES),
    tier: tier.nullable(),
    leadUnitId: z.string().nullable(),
    dueAt: instant.nullable(),
    dueProvisional: z.boolean(),
    overdue: z.boolean(),
    awaitingInfo: z.boolean(),
    updatedAt: instant,
  })
  .strict();

const pageOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item), hasMore: z.boolean() }).strict();

export const requestPage = pageOf(requestListItem);
/** The operator's queue: each line also says whether the lead unit waits for an answer to an extension. */
export const queuePage = pageOf(requestListItem.extend({ extensionPending: z.boolean() }).strict());
/** A unit's inbox: each line also says whether the unit leads the request or co-handles it. */
export const inboxPage = pageOf(requestListItem.extend({ role: z.enum(['lead', 'co']) }).strict());

const catalogEntry = z.object({ id: z.string(), name: localized }).strict();
/** What the request form picks from and what a request's timeline names: active categories (in order) and units. */
export const catalogReply = z.object({ categories: z.array(catalogEntry), units: z.array(catalogEntry) }).strict();
