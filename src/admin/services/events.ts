import type { SaveEventInput } from '@core/events/schemas';
import type { SignUpStatus } from '@core/events/model';
import { callFunction, type Envelope, type Reply } from '@/services/api';

/** The organiser's calls to the `events` function (station operators of the event's station, district admins). */
export type OrganiserEvent = Reply<'events', 'get'>;
export type OrganiserSession = OrganiserEvent['sessions'][number];
export type OrganiserSignUp = Reply<'events', 'checkIn'>;

/** With the events whose last session started lately: the organiser still checks in, marks no-shows, adds photos. */
export const listEvents = (page: number, stationId?: string) =>
  callFunction('events', 'list', { page, recent: true, ...(stationId ? { stationId } : {}) });
export const getEvent = (id: string) => callFunction('events', 'get', { id });
/** Idempotent by `requestId`: a retried save of the same form passes the same one. */
export const saveEvent = (input: SaveEventInput, requestId: string) => callFunction('events', 'saveEvent', input, { requestId });
export const signUpsOf = (sessionId: string, page: number, status?: SignUpStatus) =>
  callFunction('events', 'signUps', { sessionId, page, ...(status ? { status } : {}) });
/** Most pages of sign-ups read for one list (50 each): the attendance list at the door wants everyone. */
const MAX_PAGES = 40;

/** Every sign-up of a session (by status if asked), page after page, in waitlist order. */
export async function allSignUpsOf(sessionId: string, status?: SignUpStatus): Promise<Envelope<{ items: OrganiserSignUp[] }>> {
  const items: OrganiserSignUp[] = [];
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const reply = await signUpsOf(sessionId, page, status);
    if (!reply.ok) return reply;
    items.push(...reply.data.items);
    if (!reply.data.hasMore) break;
  }
  return { ok: true, data: { items } };
}

export const exportSignUps = (sessionId: string) => callFunction('events', 'exportSignUps', { sessionId });
/** A scanned `rcyz-event:` code or a typed sign-up id. */
export const checkInEvent = (code: string) => callFunction('events', 'checkIn', { code });
export const markNoShows = (sessionId: string) => callFunction('events', 'markNoShows', { sessionId });
export const drawLottery = (sessionId: string) => callFunction('events', 'drawLottery', { sessionId });
export const messageAttendees = (sessionId: string, text: string, requestId: string) =>
  callFunction('events', 'messageAttendees', { sessionId, text }, { requestId });
