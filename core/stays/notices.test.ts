import { STAY_TRANSITIONS, type StayEvent } from './state';
import type { StayApplication } from './model';
import { stayNotice } from './notices';
import { seatNotice } from '../workspaces/notices';
import type { SeatApplication } from '../workspaces/model';

const updatedAt = new Date('2026-11-20T02:00:00Z');
const stay = {
  _id: 'stay-1',
  stationId: 'station-pudong',
  checkIn: '2026-12-01',
  nights: 3,
  reason: null,
  offerExpiresAt: null,
  updatedAt,
} as unknown as StayApplication;
const name = { 'zh-CN': '浦东国际人才驿站', en: 'Pudong Talent Station' };

describe('stayNotice: which stay changes tell the applicant', () => {
  it.each([
    ['approve', 'stay_approved'],
    ['reject', 'stay_rejected'],
    ['waitlist', 'stay_waitlisted'],
    ['offer', 'stay_offered'],
    ['expireOffer', 'stay_offer_expired'],
    ['expire', 'stay_expired'],
    ['markNoShow', 'stay_no_show'],
    ['cancel', null],
    ['confirmOffer', null],
    ['checkIn', null],
    ['checkOut', null],
  ] as Array<[StayEvent, string | null]>)('%s → %s', (event, template) => {
    expect(stayNotice({ app: stay, event, stationName: name })?.template ?? null).toBe(template);
  });

  it('every event of the state machine is decided here (a new one must choose)', () => {
    const decided = [
      'approve',
      'reject',
      'waitlist',
      'offer',
      'expireOffer',
      'expire',
      'markNoShow',
      'cancel',
      'confirmOffer',
      'checkIn',
      'checkOut',
    ];
    expect(Object.keys(STAY_TRANSITIONS).sort()).toEqual(decided.sort());
  });

  it('is keyed by the application, the event and the version changed from', () => {
    const first = stayNotice({ app: stay, event: 'waitlist', stationName: name })!;
    const again = stayNotice({ app: { ...stay, updatedAt: new Date('2026-11-25T00:00:00Z') }, event: 'waitlist', stationName: name })!;
    expect(first.key).toBe(`stay:stay-1:waitlist:${updatedAt.getTime()}`);
    expect(again.key).not.toBe(first.key);
  });

  it('carries the reason and the offer deadline the change writes', () => {
    const offerExpiresAt = new Date('2026-11-21T02:00:00Z');
    expect(stayNotice({ app: stay, event: 'reject', stationName: name, fields: { reason: '材料不全' } })!.data).toMatchObject({
      reason: '材料不全',
      stationName: name,
      checkIn: '2026-12-01',
      nights: 3,
    });
    expect(stayNotice({ app: stay, event: 'offer', stationName: name, fields: { offerExpiresAt } })!.data.offerExpiresAt).toBe(
      offerExpiresAt.toISOString(),
    );
  });

  it('a station that is gone is named by its id', () => {
    expect(stayNotice({ app: stay, event: 'approve', stationName: null })!.data.stationName).toEqual({
      'zh-CN': 'station-pudong',
      en: 'station-pudong',
    });
  });
});

describe('seatNotice: which seat decisions tell the team leader', () => {
  const seat = {
    _id: 'seat-1',
    stationId: 'station-pudong',
    team: { name: '甲团队' },
    startDate: '2026-12-01',
    endDate: '2027-01-01',
    months: 1,
    seats: 2,
    seatNumbers: [],
    referredTo: null,
    reason: null,
    updatedAt,
  } as unknown as SeatApplication;
  it.each([
    ['assignSeats', 'operator', 'seat_approved'],
    ['reject', 'operator', 'seat_rejected'],
    ['refer', 'operator', 'seat_referred'],
    ['expire', 'system', 'seat_expired'],
    ['endEarly', 'operator', 'seat_ended_early'],
    ['endEarly', 'owner', null],
    ['cancel', 'owner', null],
    ['end', 'system', null],
  ] as const)('%s by %s → %s', (event, actor, template) => {
    expect(seatNotice({ app: seat, event, actor, stationName: name })?.template ?? null).toBe(template);
  });

  it('the assigned seat numbers, as text', () => {
    expect(
      seatNotice({ app: seat, event: 'assignSeats', actor: 'operator', stationName: name, fields: { seatNumbers: [3, 4] } })!.data,
    ).toMatchObject({ seatNumbers: '3, 4', teamName: '甲团队', seats: 2 });
  });

  it.each([
    ['a term as booked: its last day is the day before its end', undefined, { endDate: '2027-01-01', lastDay: '2026-12-31' }],
    ['a term ended early on the 10th: that is its last day', { endDate: '2026-12-11' }, { endDate: '2026-12-11', lastDay: '2026-12-10' }],
  ] as const)('%s', (_case, fields, dates) => {
    expect(seatNotice({ app: seat, event: 'endEarly', actor: 'operator', stationName: name, fields })!.data).toMatchObject(dates);
  });
});
