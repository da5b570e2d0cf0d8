import * as z from 'zod';
import { yearCalendarSchema } from '../calendar/year-calendar';
import { ROLES } from '../roles';
import { DISTRICTS, FACILITIES, STATION_KINDS, STATION_SERVICES } from '../stations/model';
import { text } from '../contract/text';

/** The inputs of the `admin` function (district admin only). */

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'a-z, 0-9, -' });
const name = z.object({ 'zh-CN': text({ max: 60 }), en: text({ max: 100 }) }).strict();
const count = z.number().int().min(0).max(1000);
const small = (max: number) => z.number().int().min(0).max(max);

export const listInput = z.object({}).strict().default({});

/** Beds (stay nights) and seats (seat days) of a station; existing month counters follow (core/admin/capacity.ts). */
export const setCapacityInput = z
  .object({ stationId: id, beds: count.optional(), seats: count.optional() })
  .strict()
  .refine((input) => input.beds !== undefined || input.seats !== undefined, { path: ['beds'], message: 'beds or seats' });

/** The rules a station's admin may change; anything not given keeps its stored value (or core's default). */
export const stayPolicySchema = z
  .object({
    maxNights: small(30).min(1),
    maxNightsTeamMember: small(60).min(1),
    minDaysAhead: small(30),
    maxDaysAhead: small(365).min(1),
    minYearsAbroad: small(20),
    graduatingWithinMonths: small(60),
    graduatedWithinMonths: small(120),
    listedUniversities: z.array(text({ max: 100 })).max(500),
    reviewWorkingDays: small(30).min(1),
    offerHours: small(168).min(1),
    pickupDaysAroundCheckIn: small(7),
  })
  .partial()
  .strict();
export const seatPolicySchema = z
  .object({
    maxSeats: small(100).min(1),
    months: z.array(z.number().int().min(1).max(12)).min(1).max(12),
    minDaysAhead: small(30),
    maxDaysAhead: small(365).min(1),
    maxTeamSize: small(50).min(1),
    reviewWorkingDays: small(30).min(1),
  })
  .partial()
  .strict();
export const setPolicyInput = z
  .object({ stationId: id, stayPolicy: stayPolicySchema.optional(), seatPolicy: seatPolicySchema.optional() })
  .strict()
  .refine((p) => !p.stayPolicy?.minDaysAhead || !p.stayPolicy.maxDaysAhead || p.stayPolicy.minDaysAhead <= p.stayPolicy.maxDaysAhead, {
    path: ['stayPolicy', 'maxDaysAhead'],
    message: 'minDaysAhead ≤ maxDaysAhead',
  });

/** A photo as stored on a station: a cloud storage file id (`cloud://<env>.<bucket>/<path>`) or an https address. */
export const stationPhoto = z
  .string()
  .trim()
  .max(500)
  .regex(/^(cloud:\/\/[A-Za-z0-9._-]+\/\S+|https:\/\/\S+)$/);
/** A desk's phone line: digits, with +, -, spaces and brackets as people write them (6 to 20 characters). */
const deskPhone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{4,18}[0-9]$/);
const uniqueList = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .array(z.enum(values))
    .max(values.length)
    .transform((list) => [...new Set(list)]);

/**
 * What the network shows of a station (core/stations/model.ts `Station`): where it is and what it is, what it
 * offers, its desk, hours, photos, place in the list and map point. A field not given keeps its stored value;
 * `null` clears the contact, the hours or the map point.
 */
export const stationProfileSchema = z
  .object({
    district: z.enum(DISTRICTS),
    kind: z.enum(STATION_KINDS),
    services: uniqueList(STATION_SERVICES),
    facilities: uniqueList(FACILITIES),
    contact: z
      .object({ phone: deskPhone, email: z.email().max(100).optional() })
      .strict()
      .nullable(),
    hours: z
      .object({ 'zh-CN': text({ max: 100 }), en: text({ max: 160 }) })
      .strict()
      .nullable(),
    photos: z.array(stationPhoto).max(9),
    order: z.number().int().min(0).max(999),
    location: z
      .object({ latitude: z.number().min(-90).max(90), longitude: z.number().min(-180).max(180) })
      .strict()
      .nullable(),
  })
  .partial()
  .strict();
export type StationProfile = z.output<typeof stationProfileSchema>;
export const setProfileInput = stationProfileSchema.extend({ stationId: id }).strict();

/** A request category (诉求类别): create or edit; a category is never deleted, only made inactive. */
export const saveCategoryInput = z.object({ id, name, order: z.number().int().min(1).max(999), active: z.boolean() }).strict();

/** A unit (承办单位): create or edit; made inactive rather than deleted (old requests name it). */
export const saveUnitInput = z.object({ id, name, active: z.boolean() }).strict();

export const usersInput = z.object({ role: z.enum(ROLES).exclude(['applicant']) }).strict();

export const setRoleInput = z
  .object({
    openId: z.string().trim().min(1).max(64),
    change: z.enum(['grant', 'revoke']),
    role: z.enum(ROLES),
    stationId: id.optional(),
    unitId: id.optional(),
  })
  .strict();

export const loadCalendarInput = yearCalendarSchema;

const isoInstant = z.iso.datetime({ offset: true });

/** The audit log, newest first, filtered by action, actor and/or time; one page at a time. */
export const auditLogInput = z
  .object({
    action: z.string().trim().min(1).max(64).optional(),
    actor: z.string().trim().min(1).max(64).optional(),
    from: isoInstant.optional(),
    to: isoInstant.optional(),
    page: z.number().int().min(0).max(1000).default(0),
    pageSize: z.number().int().min(1).max(50).default(20),
  })
  .strict()
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ['to'], message: 'from ≤ to' });
export type AuditLogQuery = z.output<typeof auditLogInput>;
