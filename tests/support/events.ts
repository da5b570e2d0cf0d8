import { randomUUID } from 'node:crypto';
import { addDays } from '../../core/dates';
import { today } from './clock';
import { consentFirst } from './consent';
import { callFunction } from './local-cloud';
import type { Db } from './stays';

const DAY = 24 * 60 * 60 * 1000;

export const callEvents =
  (cloud: { url: string }) =>
  (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
    callFunction(cloud, 'events', { action, payload, ...extra }, openId).then((r) => r.body);

export const eventRequestId = () => `req-${randomUUID()}`;

/** An event for `overrides` to bend: sign-up open since yesterday until tomorrow, one session in 3 days. */
export const eventInput = (overrides: Record<string, unknown> = {}, session: Record<string, unknown> = {}) => ({
  stationId: 'station-pudong',
  type: 'community',
  title: { 'zh-CN': '社群活动', en: 'Community evening' },
  description: { 'zh-CN': '一起聊聊', en: 'Let us talk' },
  audience: 'any-talent',
  allocation: 'first-come',
  opensAt: new Date(Date.now() - DAY).toISOString(),
  closesAt: new Date(Date.now() + DAY).toISOString(),
  maxPartySize: 3,
  fields: [],
  sessions: [
    { date: addDays(today(), 3), startTime: '18:00', endTime: '20:00', place: { stationId: 'station-pudong' }, capacity: 5, ...session },
  ],
  ...overrides,
});

/** `n` people (`<prefix>-0`, …), each having accepted the privacy policy, as the app asks before a sign-up. */
export async function consentedPeople(cloud: Parameters<typeof consentFirst>[0], prefix: string, n: number): Promise<string[]> {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  await consentFirst(cloud, ids);
  return ids;
}

/** A session or a sign-up as stored. */
export const sessionDoc = async (db: Db, id: string) => (await db.collection('event_sessions').doc(id).get()).data[0];
export const signUpDoc = async (db: Db, id: string) => (await db.collection('event_sign_ups').doc(id).get()).data[0];
