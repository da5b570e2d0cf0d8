import * as z from 'zod';
import { ROLES } from '../roles';
import { DISTRICTS, FACILITIES, STATION_KINDS, STATION_SERVICES } from '../stations/model';
import { seatPolicyView, stayPolicyView } from '../stays/replies';

// Reply schemas of the admin actions (core/admin/api.ts). Instants are Dates here: the shell checks a reply before
// it becomes JSON, and the app reads `Wire<…>` of these types (instants as ISO strings).
const instant = z.date();
const count = z.number().int().nonnegative();
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();

/**
 * A station as the admin edits it: capacity, the rules as they apply (stored values over core's defaults) and what
 * the network shows of it (null or empty where the station has nothing yet; a code this build does not know is left
 * out).
 */
export const stationAdminView = z
  .object({
    id: z.string(),
    name: bilingual,
    beds: count,
    seats: count,
    active: z.boolean(),
    district: z.enum(DISTRICTS).nullable(),
    kind: z.enum(STATION_KINDS).nullable(),
    services: z.array(z.enum(STATION_SERVICES)),
    facilities: z.array(z.enum(FACILITIES)),
    contact: z.object({ phone: z.string(), email: z.string().nullable() }).strict().nullable(),
    hours: bilingual.nullable(),
    photos: z.array(z.string()),
    order: count.nullable(),
    location: z.object({ latitude: z.number(), longitude: z.number() }).strict().nullable(),
    stayPolicy: stayPolicyView,
    seatPolicy: seatPolicyView,
  })
  .strict();

export const stationsReply = z.object({ items: z.array(stationAdminView) }).strict();

/** A request category (诉求类别), as listed and as saved. */
export const categoryView = z.object({ id: z.string(), name: bilingual, order: count, active: z.boolean() }).strict();
export const categoriesReply = z.object({ items: z.array(categoryView) }).strict();

/** A unit (承办单位) as saved; listed with its handlers (`unitsReply`). */
export const unitView = z.object({ id: z.string(), name: bilingual, active: z.boolean() }).strict();
export const unitsReply = z
  .object({
    items: z.array(
      unitView.extend({ handlers: z.array(z.object({ openId: z.string(), displayName: z.string().nullable() }).strict()) }).strict(),
    ),
  })
  .strict();

/** A user holding a staff role, as the roles screen shows them. */
export const staffUserView = z
  .object({
    openId: z.string(),
    displayName: z.string().nullable(),
    roles: z.array(z.enum(ROLES)),
    stationId: z.string().nullable(),
    unitId: z.string().nullable(),
  })
  .strict();
export const usersReply = z.object({ items: z.array(staffUserView) }).strict();

export const calendarsReply = z
  .object({
    years: z.array(
      z.object({ year: z.string(), holidays: count, workdays: count, source: z.string(), updatedAt: instant.nullable() }).strict(),
    ),
    /** Open requests whose deadline is still provisional (a year not loaded). */
    provisionalRequests: count,
  })
  .strict();

export const loadCalendarReply = z.object({ year: z.string(), holidays: count, workdays: count, finalised: count }).strict();

/** One line of the audit log (core/audit.ts `AuditEntry`) as the admin reads it: no note, no requestId. */
export const auditItem = z
  .object({
    id: z.string(),
    at: instant,
    actor: z.string(),
    actorRoles: z.array(z.enum(ROLES)),
    action: z.string(),
    target: z.object({ collection: z.string(), id: z.string() }).strict(),
    before: z.string().nullable(),
    after: z.string().nullable(),
  })
  .strict();
export const auditLogReply = z.object({ items: z.array(auditItem), hasMore: z.boolean() }).strict();
