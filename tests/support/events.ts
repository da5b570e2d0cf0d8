import { randomUUID } from 'node:crypto';
import { addDays } from '../../core/dates';
import { today } from './clock';
import { callFunction } from './local-cloud';

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
