import { anonymiseSignUp } from '../account/anonymise';
import { eventCheckInCode, parseEventCheckInCode } from './check-in-code';
import { shanghaiInstant, type EventRecord, type SessionRecord, type SignUpRecord } from './model';
import {
  canAcceptOffer,
  checkInOpen,
  drawRefusal,
  isOverbooked,
  listedFrom,
  movedOfferDeadline,
  offerDeadline,
  offerLapsed,
  placesHeld,
  sessionOver,
  sessionStarted,
  unattendedOutcome,
} from './session';
import { answerProblems, signUpsCsv, toSessionView } from './views';

const session: SessionRecord = {
  _id: 'ev-x-s0',
  eventId: 'ev-x',
  stationId: 'station-pudong',
  date: '2027-07-10',
  startTime: '09:00',
  endTime: '12:00',
  startsAt: shanghaiInstant('2027-07-10', '09:00'),
  endsAt: shanghaiInstant('2027-07-10', '12:00'),
  place: { stationId: 'station-pudong', address: null },
  capacity: 10,
  taken: 4,
  draw: null,
  reminded: false,
};
const signUp = (status: SignUpRecord['status'], partySize: number, extra: Partial<SignUpRecord> = {}): SignUpRecord => ({
  _id: 'su-0123456789abcdef01234567',
  sessionId: session._id,
  eventId: 'ev-x',
  stationId: 'station-pudong',
  ownerId: 'o1',
  name: '李归国',
  entryId: 'en-0123456789abcdef',
  partySize,
  status,
  answers: {},
  rank: 1,
  rating: null,
  signedUpAt: new Date('2027-06-01T00:00:00Z'),
  updatedAt: new Date('2027-06-01T00:00:00Z'),
  ...extra,
});
const event = {
  _id: 'ev-x',
  type: 'family-camp',
  title: { 'zh-CN': '夏令营', en: 'Camp' },
  fields: [
    { key: 'kids', label: { 'zh-CN': '孩子年龄', en: 'Ages' }, required: true },
    { key: 'note', label: { 'zh-CN': '备注', en: 'Note' }, required: false },
  ],
} as unknown as EventRecord;

describe('a session in time', () => {
  it('starts and ends in Shanghai time', () => {
    expect(session.startsAt.toISOString()).toBe('2027-07-10T01:00:00.000Z');
  });

  it.each([
    ['three hours before', '2027-07-09T22:00:00.000Z', false],
    ['two hours before', '2027-07-09T23:00:00.000Z', true],
    ['during', '2027-07-10T03:59:59.000Z', true],
    ['at the end', '2027-07-10T04:00:00.000Z', false],
  ])('check-in %s → %s', (_t, now, open) => {
    expect(checkInOpen(session, new Date(now))).toBe(open);
  });

  it('is over at its end', () => {
    expect(sessionOver(session, new Date('2027-07-10T03:59:59.999Z'))).toBe(false);
    expect(sessionOver(session, session.endsAt)).toBe(true);
  });
});

describe('places', () => {
  it('are held by confirmed, offered, attended and no-show parties only', () => {
    const all = (['confirmed', 'offered', 'attended', 'no-show', 'entered', 'waitlisted', 'cancelled'] as const).map((s) => signUp(s, 2));
    expect(placesHeld(all)).toBe(8);
  });

  it('over the capacity by the counter or by what is held is overbooked', () => {
    expect(isOverbooked({ capacity: 10, taken: 10 }, 10)).toBe(false);
    expect(isOverbooked({ capacity: 10, taken: 11 }, 10)).toBe(true);
    expect(isOverbooked({ capacity: 10, taken: 10 }, 11)).toBe(true);
  });

  it('free places in the view never go below zero', () => {
    expect(toSessionView({ ...session, taken: 12 }).free).toBe(0);
    expect(toSessionView(session).free).toBe(6);
  });
});

describe('answers and the export', () => {
  it.each<[Record<string, string>, string[]]>([
    [{ kids: '7, 9' }, []],
    [{ kids: '7', note: 'vegetarian' }, []],
    [{}, ['kids']],
    [{ kids: '7', other: 'x' }, ['other']],
  ])('%j → %j', (answers, problems) => {
    expect(answerProblems(event, answers)).toEqual(problems);
  });

  it('exports a row per sign-up with a column per field, quoted where needed', () => {
    const csv = signUpsCsv(event, session, [signUp('confirmed', 3, { answers: { kids: '7, 9' } })]);
    const lines = csv.replace('\uFEFF', '').split('\r\n');
    expect(lines[1]).toContain('孩子年龄 Ages,备注 Note');
    expect(lines[2]).toBe('su-0123456789abcdef01234567,李归国,3,confirmed,2027-06-01T00:00:00.000Z,,"7, 9",');
  });
});

describe('the check-in code', () => {
  it.each([
    ['the QR code', eventCheckInCode('su-0123456789abcdef01234567'), 'su-0123456789abcdef01234567'],
    ['a typed id', ' su-0123456789abcdef01234567 ', 'su-0123456789abcdef01234567'],
    ["a stay's code", 'rcyz-stay:abcdef123', null],
    ['junk', 'rcyz-event:../x', null],
  ])('%s', (_t, text, id) => {
    expect(parseEventCheckInCode(text)).toBe(id);
  });
});

describe('deleting the account', () => {
  it('keeps the outcome and rating, drops who it was, cancels what is still open', () => {
    const now = new Date('2027-08-01T00:00:00Z');
    expect(anonymiseSignUp(signUp('attended', 2, { rating: 5, answers: { kids: '7' } }), now)).toMatchObject({
      ownerId: '',
      name: '',
      answers: {},
      status: 'attended',
      rating: 5,
      partySize: 2,
    });
    for (const open of ['confirmed', 'offered', 'entered', 'waitlisted'] as const)
      expect(anonymiseSignUp(signUp(open, 1), now).status).toBe('cancelled');
  });
});

describe('accepting a place offered from the waitlist', () => {
  const before = new Date(session.startsAt.getTime() - 1);
  it.each<[string, SignUpRecord['status'], Date, boolean]>([
    ['an offer, a millisecond before the start', 'offered', before, true],
    ['an offer, at the very start', 'offered', session.startsAt, false],
    ['a place already confirmed', 'confirmed', before, false],
    ['still on the waitlist', 'waitlisted', before, false],
    ['cancelled meanwhile', 'cancelled', before, false],
  ])('%s', (_, status, now, expected) => {
    expect(canAcceptOffer(signUp(status, 1), session, now)).toBe(expected);
  });

  const deadline = new Date('2027-07-08T12:00:00.000Z');
  it.each<[string, Date, boolean]>([
    ['a millisecond before its deadline', new Date(deadline.getTime() - 1), true],
    ['at its deadline', deadline, false],
    ['after its deadline', new Date(deadline.getTime() + 1), false],
  ])('an offer with a deadline, %s → %s', (_, now, expected) => {
    const offer = signUp('offered', 1, { offerExpiresAt: deadline });
    expect(canAcceptOffer(offer, session, now)).toBe(expected);
    expect(offerLapsed(offer, now)).toBe(!expected);
  });

  it('without a deadline (an offer made before they were recorded) never lapses early', () => {
    expect(offerLapsed(signUp('offered', 1, { offerExpiresAt: null }), before)).toBe(false);
    expect(offerLapsed(signUp('offered', 1), before)).toBe(false);
  });

  it('only an offer lapses', () => {
    expect(offerLapsed(signUp('confirmed', 1, { offerExpiresAt: deadline }), session.startsAt)).toBe(false);
  });
});

describe('the deadline of an offered place (24 h, at the latest 2 h before the start)', () => {
  // The session starts 2027-07-10 09:00 Shanghai = 01:00Z; its cut-off is 2027-07-09T23:00Z.
  it.each<[string, string, string]>([
    ['days ahead: 24 hours', '2027-07-05T08:30:00.000Z', '2027-07-06T08:30:00.000Z'],
    ['exactly 26 h ahead: 24 hours, which is the cut-off', '2027-07-08T23:00:00.000Z', '2027-07-09T23:00:00.000Z'],
    ['the evening before: the cut-off, 2 h before the start', '2027-07-09T12:00:00.000Z', '2027-07-09T23:00:00.000Z'],
    ['at the cut-off: held until the start', '2027-07-09T23:00:00.000Z', '2027-07-10T01:00:00.000Z'],
    ['an hour before the start: held until the start', '2027-07-10T00:00:00.000Z', '2027-07-10T01:00:00.000Z'],
  ])('%s', (_, offeredAt, expected) => {
    expect(offerDeadline(new Date(offeredAt), session.startsAt).toISOString()).toBe(expected);
  });

  it('follows the policy given', () => {
    const policy = { holdHours: 48, closeBeforeStartHours: 6 };
    expect(offerDeadline(new Date('2027-07-01T00:00:00.000Z'), session.startsAt, policy).toISOString()).toBe('2027-07-03T00:00:00.000Z');
    expect(offerDeadline(new Date('2027-07-09T00:00:00.000Z'), session.startsAt, policy).toISOString()).toBe('2027-07-09T19:00:00.000Z');
  });
});

describe('the deadline of an offer when its session moves', () => {
  // Offered 2027-07-08T12:00Z for the session of 2027-07-10 01:00Z: its deadline was 2027-07-09T12:00Z (24 h).
  const offeredAt = new Date('2027-07-08T12:00:00.000Z');
  const movedAt = new Date('2027-07-08T20:00:00.000Z');
  it.each<[string, string, string]>([
    ['to a day later: still 24 hours from the offer', '2027-07-11T01:00:00.000Z', '2027-07-09T12:00:00.000Z'],
    ['to earlier, 2 h after the 24 hours end: the cut-off is the 24 hours exactly', '2027-07-09T14:00:00.000Z', '2027-07-09T12:00:00.000Z'],
    [
      'to earlier, 3 h before the 24 hours end: the new cut-off, 2 h before the start',
      '2027-07-09T11:00:00.000Z',
      '2027-07-09T09:00:00.000Z',
    ],
    ['to a start whose cut-off is the move itself: held until the start', '2027-07-08T22:00:00.000Z', '2027-07-08T22:00:00.000Z'],
    [
      'to a start whose cut-off has passed: held until the start, not lapsed by the move',
      '2027-07-08T21:00:00.000Z',
      '2027-07-08T21:00:00.000Z',
    ],
    ['to a start already gone: the start, so the offer lapses', '2027-07-08T19:00:00.000Z', '2027-07-08T19:00:00.000Z'],
  ])('moved %s', (_t, startsAt, expected) => {
    expect(movedOfferDeadline({ offeredAt, startsAt: new Date(startsAt), movedAt }).toISOString()).toBe(expected);
  });

  it('is never later than the rule gives an offer made at the move', () => {
    for (const startsAt of ['2027-07-08T21:00:00.000Z', '2027-07-09T11:00:00.000Z', '2027-07-20T00:00:00.000Z'].map((t) => new Date(t)))
      expect(movedOfferDeadline({ offeredAt, startsAt, movedAt }).getTime()).toBeLessThanOrEqual(
        offerDeadline(movedAt, startsAt).getTime(),
      );
  });

  it('follows the policy given', () => {
    const policy = { holdHours: 48, closeBeforeStartHours: 6 };
    const startsAt = new Date('2027-07-12T00:00:00.000Z');
    expect(movedOfferDeadline({ offeredAt, startsAt, movedAt, policy }).toISOString()).toBe('2027-07-10T12:00:00.000Z');
  });
});

describe('drawing a session', () => {
  const at = (iso: string) => new Date(iso);
  const draw = { allocation: 'lottery' as const, closesAt: at('2027-07-05T16:00:00.000Z'), startsAt: session.startsAt, published: false };
  it.each<[string, Partial<Parameters<typeof drawRefusal>[0]>, string | null]>([
    ['a lottery after its window closed', { now: at('2027-07-06T00:00:00.000Z') }, null],
    ['at the very instant the window closes', { now: at('2027-07-05T16:00:00.000Z') }, null],
    ['while the window is open', { now: at('2027-07-05T15:59:59.999Z') }, 'window-open'],
    ['a millisecond before the start', { now: at('2027-07-10T00:59:59.999Z') }, null],
    ['at the very start', { now: session.startsAt }, 'session-started'],
    ['once the session is over', { now: session.endsAt }, 'session-started'],
    ['a first-come session', { allocation: 'first-come', now: at('2027-07-06T00:00:00.000Z') }, 'not-a-lottery'],
    ['a draw published before the start and cut off, finished after it', { now: session.startsAt, published: true }, null],
  ])('%s', (_t, over, rule) => {
    expect(drawRefusal({ ...draw, now: at('2027-07-06T00:00:00.000Z'), ...over })?.rule ?? null).toBe(rule);
  });

  it('says why in both languages', () => {
    expect(drawRefusal({ ...draw, now: session.startsAt })?.message).toEqual({
      'zh-CN': '本场活动已开始，不能再摇号',
      en: 'This session has already started; it can no longer be drawn',
    });
  });
});

describe('a sign-up never checked in, once its session is over', () => {
  it.each<[SignUpRecord['status'], 'no-show' | 'lapsed' | null]>([
    ['confirmed', 'no-show'],
    // An offer never accepted: the person never held a confirmed place, so it lapses; it is no no-show.
    ['offered', 'lapsed'],
    ['attended', null],
    ['no-show', null],
    ['waitlisted', null],
    ['entered', null],
    ['cancelled', null],
    ['lapsed', null],
  ])('%s → %s', (status, outcome) => {
    expect(unattendedOutcome(status)).toBe(outcome);
  });
});

describe('which events the list shows (the start of their last session from)', () => {
  it.each<[string, string, boolean, string]>([
    ['talents: events still to start', '2026-12-07T10:00:00.000Z', false, '2026-12-07T10:00:00.000Z'],
    ['organisers: since the Shanghai day a week ago began', '2026-12-07T10:00:00.000Z', true, '2026-11-29T16:00:00.000Z'],
    ["organisers on New Year's Day in Shanghai, still 2026 in UTC", '2026-12-31T16:30:00.000Z', true, '2026-12-24T16:00:00.000Z'],
    ['organisers the day after a leap day', '2028-03-01T04:00:00.000Z', true, '2028-02-22T16:00:00.000Z'],
  ])('%s', (_t, now, recent, from) => {
    expect(listedFrom(new Date(now), recent).toISOString()).toBe(from);
  });
});

describe('a session started', () => {
  const session = { startsAt: new Date('2026-12-31T16:00:00.000Z') };
  it.each([
    ['a millisecond before its start', '2026-12-31T15:59:59.999Z', false],
    ['at its start (midnight of New Year in Shanghai)', '2026-12-31T16:00:00.000Z', true],
    ['after it', '2027-01-01T02:00:00.000Z', true],
  ])('%s → %s', (_t, now, started) => {
    expect(sessionStarted(session, new Date(now))).toBe(started);
  });
});
