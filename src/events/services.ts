import Taro from '@tarojs/taro';
import type { EventType } from '@core/events/model';
import { callFunction, type Reply } from '@/services/api';

/** The talent's calls to the `events` function; replies are core's schemas as they arrive through JSON. */
export type EventView = Reply<'events', 'get'>;
export type SessionView = EventView['sessions'][number];
export type DrawView = NonNullable<SessionView['draw']>;
export type SignUpView = Reply<'events', 'signUp'>;

export const listEvents = (page: number, type?: EventType) => callFunction('events', 'list', { page, ...(type ? { type } : {}) });
export const getEvent = (id: string) => callFunction('events', 'get', { id });
/** Idempotent by `requestId`: a retried submit of the same form passes the same one. */
export const signUp = (payload: { sessionId: string; partySize: number; answers: Record<string, string> }, requestId: string) =>
  callFunction('events', 'signUp', payload, { requestId });
export const cancelSignUp = (id: string) => callFunction('events', 'cancel', { id });
export const acceptOffer = (id: string) => callFunction('events', 'acceptOffer', { id });
export const mySignUps = (page: number) => callFunction('events', 'mine', { page });
export const rateSignUp = (id: string, stars: number) => callFunction('events', 'rate', { id, stars });

const ignore = (): void => undefined;

export function openEvent(id: string): void {
  Taro.navigateTo({ url: `/events/pages/detail/index?id=${encodeURIComponent(id)}` }).catch(ignore);
}

export function openMySignUps(): void {
  Taro.navigateTo({ url: '/events/pages/mine/index' }).catch(ignore);
}

/** The event page a share card opens: only the event id, never anything about the person sharing. */
export const eventPath = (id: string): string => `/events/pages/detail/index?id=${encodeURIComponent(id)}`;
