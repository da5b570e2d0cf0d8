import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { drawLottery } from '@core/events/lottery';
import { now } from '../../support/clock';

dayjs.extend(utc);

/** The sessions' day, in Shanghai: a month after the tests' clock, so the pages see a coming event at any clock. */
export const SESSION_DATE = dayjs(now())
  .utcOffset(8 * 60)
  .add(30, 'day')
  .format('YYYY-MM-DD');
/** The day before the sessions, in Shanghai. */
export const DAY_BEFORE = dayjs(SESSION_DATE).subtract(1, 'day').format('YYYY-MM-DD');
/** `HH:mm` Shanghai time on the session's day, as an ISO instant. */
export const onSessionDay = (time: string, days = 0): string => dayjs(`${SESSION_DATE}T${time}:00+08:00`).add(days, 'day').toISOString();

/** An event as `events.get` answers it (through JSON), for the events pages' tests. */
export const session = (over: Record<string, unknown> = {}) => ({
  id: 'ev-camp-s0',
  date: SESSION_DATE,
  startTime: '09:00',
  endTime: '16:00',
  startsAt: onSessionDay('09:00'),
  endsAt: onSessionDay('16:00'),
  place: { stationId: 'station-pudong', address: null },
  capacity: 30,
  taken: 4,
  free: 26,
  draw: null,
  ...over,
});

export const eventView = (over: Record<string, unknown> = {}) => ({
  id: 'ev-camp',
  stationId: 'station-pudong',
  type: 'family-camp',
  title: { 'zh-CN': '亲子研学夏令营', en: 'Family study camp' },
  description: { 'zh-CN': '带孩子一起参观', en: 'Visit with your children' },
  audience: 'any-talent',
  allocation: 'lottery',
  opensAt: '2020-01-01T00:00:00.000Z',
  closesAt: '2099-01-01T00:00:00.000Z',
  maxPartySize: 3,
  fields: [
    { key: 'childrenAges', label: { 'zh-CN': '孩子年龄', en: "Children's ages" }, required: true },
    { key: 'note', label: { 'zh-CN': '备注', en: 'Note' }, required: false },
  ],
  noShowPenalty: true,
  sessions: [session()],
  photos: [],
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

export const signUpView = (over: Record<string, unknown> = {}) => ({
  id: 'su-0123456789abcdef01234567',
  sessionId: 'ev-camp-s0',
  eventId: 'ev-camp',
  stationId: 'station-pudong',
  name: 'Lin Mei',
  entryId: 'en-aaaaaaaaaaaaaaaa',
  partySize: 2,
  status: 'entered',
  answers: { childrenAges: '7' },
  rank: 0,
  rating: null,
  offerExpiresAt: null,
  checkInCode: 'rcyz-event:su-0123456789abcdef01234567',
  signedUpAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

/** A draw made by core itself, so the page's check finds it matches. */
export function publishedDraw(mine: string) {
  const ids = [mine, 'en-bbbbbbbbbbbbbbbb', 'en-cccccccccccccccc', 'en-dddddddddddddddd'];
  const drawn = drawLottery({ seed: 'abc123', entries: ids.map((id) => ({ id, partySize: 2 })), capacity: 4 });
  return {
    seed: 'abc123',
    drawnAt: '2099-01-02T00:00:00.000Z',
    order: drawn.order.map((e) => e.id),
    winners: drawn.winners.map((e) => e.id),
    drawnLast: 0,
  };
}
