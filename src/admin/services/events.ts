import type { SaveEventInput } from '@core/events/schemas';
import type { SignUpStatus } from '@core/events/model';
import { callFunction, type Reply } from '@/services/api';

/** The organiser's calls to the `events` function (station operators of the event's station, district admins). */
export type OrganiserEvent = Reply<'events', 'get'>;
export type OrganiserSession = OrganiserEvent['sessions'][number];
export type OrganiserSignUp = Reply<'events', 'checkIn'>;

export const listEvents = (page: number, stationId?: string) =>
  callFunction('events', 'list', { page, ...(stationId ? { stationId } : {}) });
export const getEvent = (id: string) => callFunction('events', 'get', { id });
/** Idempotent by `requestId`: a retried save of the same form passes the same one. */
export const saveEvent = (input: SaveEventInput, requestId: string) => callFunction('events', 'saveEvent', input, { requestId });
export const signUpsOf = (sessionId: string, page: number, status?: SignUpStatus) =>
  callFunction('events', 'signUps', { sessionId, page, ...(status ? { status } : {}) });
export const exportSignUps = (sessionId: string) => callFunction('events', 'exportSignUps', { sessionId });
/** A scanned `rcyz-event:` code or a typed sign-up id. */
export const checkInEvent = (code: string) => callFunction('events', 'checkIn', { code });
export const markNoShows = (sessionId: string) => callFunction('events', 'markNoShows', { sessionId });
export const drawLottery = (sessionId: string) => callFunction('events', 'drawLottery', { sessionId });
export const messageAttendees = (sessionId: string, text: string, requestId: string) =>
  callFunction('events', 'messageAttendees', { sessionId, text }, { requestId });
