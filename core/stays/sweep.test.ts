import { calendarSet } from '../calendar';
import { checkInOpen, checkInRefusal, noShowDue, noShowRefusal, offerLapsed, reviewOverdue } from './sweep';

const noCalendars = calendarSet([]);
/** Two invented holidays in the week of 2026-11-23, to see the calendar counted. */
const withHolidays = calendarSet([{ year: '2026', holidays: ['2026-11-24', '2026-11-25'], workdays: ['2026-11-28'], source: 'test' }]);
import { pickupRules } from './pickup';

// 2026-11-23 is a Monday. Instants are UTC; Shanghai is UTC+8.
describe('reviewOverdue (5 working days)', () => {
  const submittedAt = new Date('2026-11-23T02:00:00Z');
  it.each([
    ['the next Monday: 4 working days have ended', '2026-11-30T10:00:00Z', false],
    ['the next Monday 23:59 in Shanghai', '2026-11-30T15:59:00Z', false],
    ['the next Tuesday 00:00 in Shanghai: 5 have ended', '2026-11-30T16:00:00Z', true],
  ])('%s → %s', (_t, now, expected) => {
    expect(reviewOverdue({ submittedAt, now: new Date(now), workingDays: 5, calendars: noCalendars })).toBe(expected);
  });

  it.each([
    ['the next Tuesday 00:00: two holidays and one make-up Saturday → 4 have ended', '2026-11-30T16:00:00Z', false],
    ['the next Wednesday 00:00: 5 have ended', '2026-12-01T16:00:00Z', true],
  ])('counts by the calendar: %s', (_t, now, expected) => {
    expect(reviewOverdue({ submittedAt, now: new Date(now), workingDays: 5, calendars: withHolidays })).toBe(expected);
  });
});

describe('noShowDue and checkInOpen', () => {
  it.each([
    ['the evening of the check-in date', '2026-12-01T12:00:00Z', false, true],
    ['11:59 the day after, Shanghai', '2026-12-02T03:59:00Z', false, true],
    ['noon the day after, Shanghai', '2026-12-02T04:00:00Z', true, false],
    ['the day before check-in', '2026-11-30T08:00:00Z', false, false],
  ])('%s → no-show %s, check-in open %s', (_t, now, due, open) => {
    expect(noShowDue({ checkIn: '2026-12-01', now: new Date(now) })).toBe(due);
    expect(checkInOpen({ checkIn: '2026-12-01', now: new Date(now) })).toBe(open);
  });
});

describe('checkInRefusal and noShowRefusal: the desk is told when, not to refresh', () => {
  const checkIn = '2026-12-01';
  it('the day before check-in: check-in opens on the date, no-show only from noon the day after', () => {
    const now = new Date('2026-11-30T08:00:00Z');
    expect(checkInRefusal({ checkIn, now })?.en).toBe('Check-in opens on 2026-12-01, the first night of the stay');
    expect(noShowRefusal({ checkIn, now })?.['zh-CN']).toBe('客人可在 2026-12-02 12:00 前办理入住，届时仍未入住才能标记未到');
  });
  it('the evening of the check-in date (Shanghai): check in, yes; no-show, not yet', () => {
    const now = new Date('2026-12-01T12:00:00Z');
    expect(checkInRefusal({ checkIn, now })).toBeNull();
    expect(noShowRefusal({ checkIn, now })?.en).toBe('The guest may check in until 12:00 on 2026-12-02; mark a no-show only after that');
  });
  it('noon the day after, exactly: check-in has closed, the no-show is due', () => {
    const now = new Date('2026-12-02T04:00:00Z');
    expect(checkInRefusal({ checkIn, now })?.['zh-CN']).toBe('入住办理已于 2026-12-02 12:00 截止，请标记未到');
    expect(noShowRefusal({ checkIn, now })).toBeNull();
  });
});

describe('offerLapsed', () => {
  const offerExpiresAt = new Date('2026-11-24T02:00:00Z');
  it.each([
    ['a second before the deadline', '2026-11-24T01:59:59Z', false],
    ['at the deadline', '2026-11-24T02:00:00Z', true],
  ])('%s → %s', (_t, now, expected) => {
    expect(offerLapsed({ offerExpiresAt, now: new Date(now) })).toBe(expected);
  });
  it('no offer never lapses', () => {
    expect(offerLapsed({ offerExpiresAt: null, now: new Date() })).toBe(false);
  });
});

describe('pickupRules', () => {
  const now = new Date('2026-11-23T02:00:00Z');
  it.each([
    ['arriving the evening before check-in', '2026-11-30T20:00:00+08:00', []],
    ['arriving on the check-in day', '2026-12-01T09:00:00+08:00', []],
    ['arriving two days early', '2026-11-29T09:00:00+08:00', ['arrivalAt']],
    ['an arrival in the past', '2026-11-22T09:00:00+08:00', ['arrivalAt', 'arrivalAt']],
  ])('%s → %j', (_t, arrival, expected) => {
    expect(pickupRules({ checkIn: '2026-12-01', arrivalAt: new Date(arrival), now, days: 1 }).map((r) => r.rule)).toEqual(expected);
  });
});
