import * as z from 'zod';
import { text } from '../contract/text';
import { calendarDate, stationId } from '../stays/fields';
import { SIGN_UP_ID } from './check-in-code';
import { MAX_FILE_BYTES } from '../documents';
import { ALLOCATIONS, AUDIENCES, EVENT_TYPES, SIGN_UP_STATUSES } from './model';
import { MAX_EVENT_PHOTOS, PHOTO_TYPES } from './photos';

// Input schemas of the events actions (core/events/api.ts).
export const eventId = z.string().regex(/^ev-[a-z0-9-]{2,60}$/);
export const sessionId = z.string().regex(/^ev-[a-z0-9-]{2,60}-s\d{1,2}$/);
export const signUpId = z.string().regex(SIGN_UP_ID);
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const page = z.number().int().min(0).max(1000).default(0);
const instant = z.iso.datetime({ offset: true });
const bilingual = (max: number, multiline = false) =>
  z.object({ 'zh-CN': text({ max, multiline }), en: text({ max: max * 2, multiline }) }).strict();
export const MAX_SESSIONS = 20;
export const MAX_PARTY = 10;

const place = z
  .object({ stationId: stationId.optional(), address: bilingual(100).optional() })
  .strict()
  .refine((p) => (p.stationId === undefined) !== (p.address === undefined), 'a station or an address');

const sessionInput = z
  .object({
    /** An existing session (edit); without it a new session is added. */
    id: sessionId.optional(),
    date: calendarDate,
    startTime: time,
    endTime: time,
    place,
    capacity: z.number().int().min(1).max(10_000),
  })
  .strict()
  .refine((s) => s.startTime < s.endTime, { message: 'endTime after startTime', path: ['endTime'] });

/** `events.saveEvent`: creates an event (no id) or edits one. Sessions left out of an edit stay as they are. */
export const saveEventInput = z
  .object({
    id: eventId.optional(),
    stationId,
    type: z.enum(EVENT_TYPES),
    title: bilingual(60),
    description: bilingual(2000, true),
    audience: z.enum(AUDIENCES),
    allocation: z.enum(ALLOCATIONS),
    opensAt: instant,
    closesAt: instant,
    maxPartySize: z.number().int().min(1).max(MAX_PARTY),
    fields: z
      .array(z.object({ key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/), label: bilingual(40), required: z.boolean() }).strict())
      .max(10)
      .default([]),
    noShowPenalty: z.boolean().default(false),
    sessions: z.array(sessionInput).min(1).max(MAX_SESSIONS),
  })
  .strict()
  .refine((e) => new Date(e.opensAt) < new Date(e.closesAt), { message: 'closesAt after opensAt', path: ['closesAt'] })
  .refine((e) => new Set(e.fields.map((f) => f.key)).size === e.fields.length, { message: 'unique keys', path: ['fields'] });
export type SaveEventInput = z.output<typeof saveEventInput>;

/** `recent`: the organisers' list, with events whose last session started lately (core/events/session.ts `listedFrom`). */
export const listInput = z
  .object({ type: z.enum(EVENT_TYPES).optional(), stationId: stationId.optional(), recent: z.boolean().default(false), page })
  .strict();
export const getInput = z.object({ id: eventId }).strict();
export const signUpInput = z
  .object({
    sessionId,
    partySize: z.number().int().min(1).max(MAX_PARTY).default(1),
    answers: z.record(z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/), text({ max: 200 })).default({}),
  })
  .strict();
export const bySignUp = z.object({ id: signUpId }).strict();
export const mineInput = z.object({ page }).strict();
export const rateInput = z.object({ id: signUpId, stars: z.number().int().min(1).max(5) }).strict();
export const bySession = z.object({ sessionId }).strict();
export const signUpsInput = z.object({ sessionId, status: z.enum(SIGN_UP_STATUSES).optional(), page }).strict();
/** A scanned QR code (`rcyz-event:<id>`) or a typed sign-up id. */
export const checkInInput = z.object({ code: z.string().max(200) }).strict();
export const messageAttendeesInput = z.object({ sessionId, text: text({ max: 500, multiline: true }) }).strict();

/** A photo the organiser uploaded (src/services/upload.ts): the shell checks its stored bytes against type and size. */
const photoFile = z
  .object({
    fileId: z.string().startsWith('cloud://').max(500),
    type: z.enum(PHOTO_TYPES),
    size: z.number().int().positive().max(MAX_FILE_BYTES),
  })
  .strict();
export const addPhotosInput = z.object({ eventId, files: z.array(photoFile).min(1).max(MAX_EVENT_PHOTOS) }).strict();
export const removePhotoInput = z.object({ eventId, fileId: z.string().startsWith('cloud://').max(500) }).strict();
