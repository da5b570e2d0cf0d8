import * as z from 'zod';
import { ALLOCATIONS, AUDIENCES, EVENT_TYPES, SIGN_UP_STATUSES } from './model';

// Reply schemas of the events actions (core/events/api.ts). Instants are Dates (the shell checks them before JSON).
const instant = z.date();
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();
const count = z.number().int().nonnegative();

export const drawView = z
  .object({
    seed: z.string(),
    drawnAt: instant,
    order: z.array(z.string()),
    /** The entry ids drawn for a place; null for a draw published before winners were recorded. */
    winners: z.array(z.string()).nullable(),
    /** How many entries at the end of the order were put last for no-shows (0 for a draw before this was recorded). */
    drawnLast: count,
  })
  .strict();

export const sessionView = z
  .object({
    id: z.string(),
    date: z.string(),
    startTime: z.string(),
    endTime: z.string(),
    startsAt: instant,
    endsAt: instant,
    place: z.object({ stationId: z.string().nullable(), address: bilingual.nullable() }).strict(),
    capacity: count,
    taken: count,
    free: count,
    /** A drawn lottery: the published seed and the drawn order of entry ids, so anyone can re-check it. */
    draw: drawView.nullable(),
  })
  .strict();

export const eventView = z
  .object({
    id: z.string(),
    stationId: z.string(),
    type: z.enum(EVENT_TYPES),
    title: bilingual,
    description: bilingual,
    audience: z.enum(AUDIENCES),
    allocation: z.enum(ALLOCATIONS),
    opensAt: instant,
    closesAt: instant,
    maxPartySize: count,
    fields: z.array(z.object({ key: z.string(), label: bilingual, required: z.boolean() }).strict()),
    noShowPenalty: z.boolean(),
    sessions: z.array(sessionView),
    /** Photos in the order added; `url` a temporary link, null where the reply does not resolve it (lists). */
    photos: z.array(z.object({ fileId: z.string(), url: z.string().nullable() }).strict()),
    updatedAt: instant,
  })
  .strict();

export const eventPage = z.object({ items: z.array(eventView), page: count, hasMore: z.boolean() }).strict();

export const signUpView = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    eventId: z.string(),
    stationId: z.string(),
    name: z.string(),
    /** How the published draw names this entry (core/events/model.ts `LotteryDraw.order`). */
    entryId: z.string(),
    partySize: count,
    status: z.enum(SIGN_UP_STATUSES),
    answers: z.record(z.string(), z.string()),
    rank: z.number(),
    rating: z.number().int().nullable(),
    /** While offered: the last instant to accept the place (core/events/session.ts `offerDeadline`); else null. */
    offerExpiresAt: instant.nullable(),
    /** What the owner's QR code shows (core/events/check-in-code.ts). */
    checkInCode: z.string(),
    signedUpAt: instant,
    updatedAt: instant,
  })
  .strict();

export const signUpPage = z.object({ items: z.array(signUpView), page: count, hasMore: z.boolean() }).strict();

export const drawReply = z.object({ sessionId: z.string(), draw: drawView, winners: count, waitlisted: count, places: count }).strict();

export const sessionCountReply = z.object({ sessionId: z.string(), count }).strict();
