import * as z from 'zod';
import { DOCUMENT_KINDS, FILE_TYPES, IDENTITY_KINDS } from '../documents';
import { APPLICANT_TYPES, PICKUP_PLACES, STAY_STATUSES } from './model';
import { stationDetailShape } from '../stations/replies';

// Reply schemas of the stays actions (core/stays/api.ts). Instants are Dates here: the shell checks a reply before
// it becomes JSON, and the app reads `Wire<…>` of these types (instants as ISO strings).
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const instant = z.date();
const count = z.number().int().nonnegative();

export const personView = z
  .object({ name: z.string(), phoneMasked: z.string(), idKind: z.enum(IDENTITY_KINDS), idMasked: z.string() })
  .strict();

export const pickupView = z.object({ place: z.enum(PICKUP_PLACES), number: z.string(), arrivalAt: instant, requestedAt: instant }).strict();

/** `toStayView`: an application as its owner and the station's operators see it. */
export const stayView = z
  .object({
    _id: z.string(),
    stationId: z.string(),
    type: z.enum(APPLICANT_TYPES),
    program: z.string(),
    ownerId: z.string(),
    person: personView,
    checkIn: date,
    nights: z.number().int().positive(),
    held: z.object({ first: date, end: date }).strict().nullable(),
    status: z.enum(STAY_STATUSES),
    facts: z
      .object({
        intendsToWorkInShanghai: z.boolean().optional(),
        yearsAbroad: z.number().optional(),
        university: z.string().optional(),
        graduationDate: date.optional(),
        seatApplicationId: z.string().optional(),
        purpose: z.string().optional(),
        employerName: z.string().optional(),
      })
      .strict(),
    documents: z.array(z.object({ kind: z.enum(DOCUMENT_KINDS), fileId: z.string(), type: z.enum(FILE_TYPES), size: z.number() }).strict()),
    pickup: pickupView.nullable(),
    reason: z.string().nullable(),
    offerExpiresAt: instant.nullable(),
    submittedAt: instant,
    updatedAt: instant,
    /** Set when the owner deleted their account (core/account/anonymise.ts). */
    anonymisedAt: instant.optional(),
  })
  .strict();

export const stayPolicyView = z
  .object({
    maxNights: count,
    maxNightsTeamMember: count,
    minDaysAhead: count,
    maxDaysAhead: count,
    minYearsAbroad: z.number().nonnegative(),
    graduatingWithinMonths: count,
    graduatedWithinMonths: count,
    listedUniversities: z.array(z.string()),
    reviewWorkingDays: count,
    offerHours: z.number().positive(),
    pickupDaysAroundCheckIn: count,
  })
  .strict();

export const seatPolicyView = z
  .object({
    maxSeats: count,
    months: z.array(z.number().int().positive()),
    minDaysAhead: count,
    maxDaysAhead: count,
    maxTeamSize: count,
    reviewWorkingDays: count,
  })
  .strict();

/** `toStationView`: a station's public facts and its rules with the defaults filled in. */
export const stationView = z
  .object({
    ...stationDetailShape,
    stayPolicy: stayPolicyView,
    seatPolicy: seatPolicyView,
  })
  .strict();

export const quoteReply = z
  .object({
    stationId: z.string(),
    nights: z.array(z.object({ date, free: count, capacity: count }).strict()),
    available: z.boolean(),
  })
  .strict();

export const stayPage = z.object({ items: z.array(stayView), page: count, hasMore: z.boolean() }).strict();

export const stayQueuePage = z
  .object({
    stationId: z.string(),
    items: z.array(stayView),
    nextCursor: z.object({ at: z.string(), id: z.string() }).strict().nullable(),
  })
  .strict();

export const historyReply = z
  .object({
    id: z.string(),
    lines: z.array(
      z
        .object({
          at: instant,
          actor: z.string(),
          actorName: z.string().nullable(),
          action: z.string(),
          before: z.string().nullable(),
          after: z.string().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

export const pickupReply = z.object({ id: z.string(), pickup: pickupView }).strict();

/** A person's numbers in clear, for staff who may see them (`stays`, `housing` and `support` reveal; each audited). */
export const revealReply = z
  .object({ id: z.string(), name: z.string(), idKind: z.enum(IDENTITY_KINDS), idNumber: z.string(), phone: z.string() })
  .strict();

const waiting = z.object({ count, oldestHours: z.number().nullable() }).strict();
const movementRow = z
  .object({
    _id: z.string(),
    type: z.string(),
    name: z.string(),
    phoneMasked: z.string(),
    checkIn: date,
    nights: z.number().int(),
    status: z.string(),
    pickup: pickupView.nullable(),
    checkOut: date.optional(),
  })
  .strict();
const occupancyCell = z.object({ taken: count, capacity: count, level: z.number() }).strict();

/** `stays.today`: the operator's day at a glance. */
export const todayReply = z
  .object({
    stationId: z.string(),
    date,
    days: z.tuple([date, date]),
    arrivals: z.array(movementRow),
    departures: z.array(movementRow),
    waiting: z.object({ stays: waiting, waitlist: waiting, seats: waiting }).strict(),
    occupancy: z.array(z.object({ date, beds: occupancyCell, seats: occupancyCell }).strict()),
    requests: z.object({ awaitingTriage: count, overdue: count }).strict(),
  })
  .strict();
