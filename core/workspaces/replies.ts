import * as z from 'zod';
import { documentFile, IDENTITY_KINDS } from '../documents';
import { queueCursor } from '../review/queue-page';
import { calendarDate as date } from '../stays/fields';
import { personView, stationView } from '../stays/replies';
import { inviteToken } from './invite.schema';
import { SEAT_STATUSES } from './model';

// Reply schemas of the workspaces actions (core/workspaces/api.ts). Instants are Dates here: the shell checks a reply
// before it becomes JSON, and the app reads `Wire<…>` of these types (instants as ISO strings).
const instant = z.date();
const count = z.number().int().nonnegative();
const positive = z.number().int().positive();
const seatNumbers = z.array(positive);
const bilingual = stationView.shape.name;

/** A member in a view (`toSeatView`): masked numbers and when they joined by invite, never their openid. */
export const memberView = z
  .object({
    name: z.string(),
    /** Members listed before phones were asked for, and anonymised ones, have none. */
    phoneMasked: z.string().optional(),
    idKind: z.enum(IDENTITY_KINDS),
    idMasked: z.string(),
    joinedAt: instant.optional(),
  })
  .strict();

/** `toSeatView`: a seat application as its leader and the station's operators see it. */
export const seatView = z
  .object({
    _id: z.string(),
    stationId: z.string(),
    ownerId: z.string(),
    teamKey: z.string(),
    team: z
      .object({
        name: z.string(),
        leader: personView,
        members: z.array(memberView),
        projectSummary: z.string(),
        creditCode: z.string().nullable(),
      })
      .strict(),
    seats: positive,
    months: positive,
    startDate: date,
    endDate: date,
    held: z.object({ first: date, end: date }).strict().nullable(),
    status: z.enum(SEAT_STATUSES),
    seatNumbers,
    referredTo: z.string().nullable(),
    reason: z.string().nullable(),
    documents: z.array(documentFile),
    submittedAt: instant,
    updatedAt: instant,
    /** Set when the leader deleted their account (core/account/anonymise.ts). */
    anonymisedAt: instant.optional(),
  })
  .strict();

/** `toJoinedSeatView`: a team's booking as a member who joined by invite sees it; nobody's personal data. */
export const joinedSeatView = z
  .object({
    _id: z.string(),
    role: z.literal('member'),
    stationId: z.string(),
    team: z.object({ name: z.string() }).strict(),
    seats: positive,
    months: positive,
    startDate: date,
    endDate: date,
    status: z.enum(SEAT_STATUSES),
    seatNumbers,
    reason: z.string().nullable(),
    submittedAt: instant,
  })
  .strict();

export const seatPage = z.object({ items: z.array(seatView), page: count, hasMore: z.boolean() }).strict();
export const joinedSeatPage = z.object({ items: z.array(joinedSeatView), page: count, hasMore: z.boolean() }).strict();

export const seatQueuePage = z.object({ stationId: z.string(), items: z.array(seatView), nextCursor: queueCursor.nullable() }).strict();

/** `workspaces.quote`: free seats per day; the smallest figure is what a team can book for the whole term. */
export const seatQuoteReply = z
  .object({
    stationId: z.string(),
    days: z.array(z.object({ date, free: count, capacity: count }).strict()),
    minFree: count,
  })
  .strict();

/** `workspaces.seatMap`: the station's seats and the numbers others hold during this application's term. */
export const seatMapReply = z
  .object({ id: z.string(), capacity: count, seats: positive, taken: seatNumbers, assigned: seatNumbers })
  .strict();

/** `workspaces.reveal`: the team's numbers in clear; null where a member deleted their account or gave no phone. */
export const revealTeamReply = z
  .object({
    id: z.string(),
    leader: z.object({ name: z.string(), idKind: z.enum(IDENTITY_KINDS), idNumber: z.string(), phone: z.string() }).strict(),
    members: z.array(
      z
        .object({ name: z.string(), idKind: z.enum(IDENTITY_KINDS), idNumber: z.string().nullable(), phone: z.string().nullable() })
        .strict(),
    ),
  })
  .strict();

/** `workspaces.invite`: the leader's link; `path` opens the join page (the share card's path). */
export const inviteReply = z
  .object({
    id: z.string(),
    token: inviteToken,
    path: z.string(),
    expiresAt: instant,
    version: positive,
    teamName: z.string(),
    people: positive,
    maxTeamSize: positive,
  })
  .strict();

/** `workspaces.invitation`: what an invite link opens, before joining; no one's personal data. */
export const invitationReply = z
  .object({
    id: z.string(),
    teamName: z.string(),
    station: z.object({ id: z.string(), name: bilingual }).strict(),
    seats: positive,
    months: positive,
    startDate: date,
    endDate: date,
    status: z.enum(SEAT_STATUSES),
    people: positive,
    maxTeamSize: positive,
    open: z.boolean(),
    expired: z.boolean(),
    leader: z.boolean(),
    joined: z.boolean(),
  })
  .strict();

export const seatSweepReply = z.object({ expired: count, ended: count }).strict();
