import * as z from 'zod';
import { talentProfileSchema } from '../talent/profile';
import { LOCALES } from '../contract/locale';
import { ROLES } from '../roles';

// Reply schemas of the account actions (core/account/api.ts). Instants are Dates here: the shell checks a reply
// before it becomes JSON, and the app reads `Wire<…>` of these types (instants as ISO strings).
const instant = z.date();
const count = z.number().int().nonnegative();

/** `consentState`: where the caller stands with the current privacy policy. */
export const consentView = z
  .object({
    currentVersion: z.string(),
    accepted: z.boolean(),
    acceptedAt: instant.nullable(),
    /** Consented to an older version: show "the policy has changed". */
    outdated: z.boolean(),
  })
  .strict();

/** `toMe`: who the caller is (`me`, `consent`, `setProfile`); never the raw `users` document. */
export const meView = z
  .object({
    openId: z.string(),
    roles: z.array(z.enum(ROLES)),
    locale: z.enum(LOCALES),
    displayName: z.string().nullable(),
    consent: consentView,
    stationId: z.string().nullable(),
    unitId: z.string().nullable(),
    /** The talent profile (core/talent/profile.ts), once given. */
    talent: talentProfileSchema.optional(),
  })
  .strict();

/** One line of the message list; `template` names the text the app shows, filled from `data`. */
export const messageItem = z
  .object({
    id: z.string(),
    template: z.string(),
    data: z.record(z.string(), z.unknown()),
    read: z.boolean(),
    createdAt: instant.nullable(),
  })
  .strict();

export const messagePage = z.object({ items: z.array(messageItem), hasMore: z.boolean(), unread: count }).strict();

export const markMessagesReadReply = z.object({ updated: count }).strict();

/** The ids counted (configured, under the cap). */
export const recordSubscriptionsReply = z.object({ credited: z.array(z.string()) }).strict();

// The person's own records as stored (less the sealed and hashed fields): their shapes are the collections' own.
const record = z.record(z.string(), z.unknown());

/** Everything the service holds about the caller, grouped by collection (`exportMyData`). */
export const myDataExport = z
  .object({
    exportedAt: instant,
    openId: z.string(),
    users: record.nullable(),
    stay_applications: z.array(record),
    seat_applications: z.object({ led: z.array(record), memberOf: z.array(record) }).strict(),
    requests: z.array(record),
    event_sign_ups: z.array(record),
    messages: z.array(record),
    audit_logs: z.array(record),
    /** 双结对: their pairs with a liaison (in force and ended) and the liaison's notes of contacts with them. */
    liaison_pairs: z.array(record),
    liaison_contacts: z.array(record),
    /** 人才公寓: their applications (waiting-list entries included), leases, and units of employers' blocks. */
    apartment_applications: z.array(record),
    apartment_leases: z.array(record),
    apartment_block_tenancies: z.array(record),
    /** 住房资助: their support applications (their numbers opened) and the months paid on them. */
    support_applications: z.array(record),
    support_disbursements: z.array(record),
  })
  .strict();

/** `deleteMyAccount`: what was anonymised (kept for statistics) and what was removed. */
export const deletedAccount = z
  .object({
    deleted: z.literal(true),
    anonymised: z
      .object({
        stays: count,
        seats: count,
        memberEntries: count,
        requests: count,
        eventSignUps: count,
        apartments: count,
        leases: count,
        blockTenancies: count,
        support: count,
        supportDisbursements: count,
      })
      .strict(),
    removed: z.object({ messages: count, outbox: count, claims: count, storedReplies: count, files: count, rateWindows: count }).strict(),
  })
  .strict();
