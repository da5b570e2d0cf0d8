import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { lapseExpiredOffers } from '../../../cloudfunctions/_shared/events/lapse';
import { offerDeadline } from '../../../core/events/session';
import { now } from '../../support/clock';
import { callEvents, consentedPeople, eventInput, eventRequestId, sessionDoc, signUpDoc } from '../../support/events';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, dbOf, type Db } from '../../support/stays';

dayjs.extend(utc);

/**
 * What a session's times decide for its organisers: no draw once it has started, no-shows after it (a place only
 * offered is no no-show), the deadlines of offered places when it moves; and their list of events, page by page.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let events: ReturnType<typeof callEvents>;

const OPERATOR = 'demo-operator';
const ADMIN = 'demo-admin';
const OTHER_OPERATOR = 'ev-times-operator-elsewhere';
const UNIT = 'ev-times-unit';
/** Everyone but the event's organisers: each must be refused. */
const REFUSED = ['demo-applicant', UNIT, OTHER_OPERATOR];

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  events = callEvents(cloud);
  await addStation(db, 'station-times-elsewhere', 4);
  await addUser(db, OTHER_OPERATOR, ['applicant', 'operator'], 'station-times-elsewhere');
  await addUser(db, UNIT, ['applicant', 'unit'], null);
});
afterAll(() => cloud.stop());

const save = (payload: unknown, openId = OPERATOR) => events('saveEvent', payload, openId, { requestId: eventRequestId() });
const signUp = (sessionId: string, openId: string, extra: Record<string, unknown> = {}) =>
  events('signUp', { sessionId, ...extra }, openId, { requestId: eventRequestId() });
const people = (prefix: string, n: number) => consentedPeople(cloud, prefix, n);
const templatesOf = async (openId: string) =>
  ((await db.collection('messages').where({ recipient: openId }).limit(100).get()).data as Array<{ template: string }>).map(
    (m) => m.template,
  );
const setSession = (id: string, fields: Record<string, unknown>) => db.collection('event_sessions').doc(id).update(fields);
const closeWindow = (eventId: string) =>
  db
    .collection('events')
    .doc(eventId)
    .update({ closesAt: dayjs(now()).subtract(1, 'minute').toDate() });

/**
 * A session `minutes` from now (the next whole minute), as saveEvent takes it: its Shanghai day and time, ending at
 * 23:59 that day (a start at 23:59 itself moves on to the next day).
 */
function sessionAt(minutes: number) {
  let start = dayjs(now())
    .utcOffset(8 * 60)
    .add(minutes, 'minute')
    .startOf('minute')
    .add(1, 'minute');
  if (start.format('HH:mm') === '23:59') start = start.add(2, 'minute');
  return { date: start.format('YYYY-MM-DD'), startTime: start.format('HH:mm'), endTime: '23:59', startsAt: start.toDate() };
}

describe('marking no-shows after the session', () => {
  it('makes a no-show of a confirmed place only; a place offered and never accepted lapses, its places given back', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 4 }));
    const sessionId = event.sessions[0].id;
    const [absent, leaving, offered, offeredEarlier] = await people('ev-times-ns', 4);
    const held = await signUp(sessionId, absent);
    const gone = await signUp(sessionId, leaving, { partySize: 3 });
    const waiting = [await signUp(sessionId, offered, { partySize: 2 }), await signUp(sessionId, offeredEarlier)];
    expect(waiting.map((w) => w.data.status)).toEqual(['waitlisted', 'waitlisted']);
    // Three places freed: both on the waitlist are offered theirs, and neither accepts.
    await events('cancel', { id: gone.data.id }, leaving);
    for (const w of waiting) expect((await signUpDoc(db, w.data.id)).status).toBe('offered');
    // An offer from before deadlines were recorded: the scheduler's lapse step never takes it.
    await db.collection('event_sign_ups').doc(waiting[1].data.id).update({ offerExpiresAt: null });
    expect((await sessionDoc(db, sessionId)).taken).toBe(4);
    await setSession(sessionId, {
      startsAt: dayjs(now()).subtract(3, 'hour').toDate(),
      endsAt: dayjs(now()).subtract(1, 'minute').toDate(),
    });

    for (const who of REFUSED) expect((await events('markNoShows', { sessionId }, who)).error.code).toBe('FORBIDDEN');
    expect((await signUpDoc(db, held.data.id)).status).toBe('confirmed');

    expect((await events('markNoShows', { sessionId }, OPERATOR)).data).toEqual({ sessionId, count: 1 });
    expect((await signUpDoc(db, held.data.id)).status).toBe('no-show');
    for (const [i, owner] of [offered, offeredEarlier].entries()) {
      expect(await signUpDoc(db, waiting[i].data.id)).toMatchObject({ status: 'lapsed', offerExpiresAt: null });
      expect((await templatesOf(owner)).filter((t) => t === 'event_offer_lapsed')).toHaveLength(1);
    }
    // The no-show holds its place still; the lapsed offers' three went back.
    expect((await sessionDoc(db, sessionId)).taken).toBe(1);
    // What a later draw counts against them: the absent person, not those who were only offered a place.
    const noShows = async (owner: string) =>
      (await db.collection('event_sign_ups').where({ ownerId: owner, status: 'no-show' }).count()).total;
    expect([await noShows(absent), await noShows(offered), await noShows(offeredEarlier)]).toEqual([1, 0, 0]);

    // Again: nothing left to mark, nothing lapses twice.
    expect((await events('markNoShows', { sessionId }, ADMIN)).data).toEqual({ sessionId, count: 0 });
    expect((await sessionDoc(db, sessionId)).taken).toBe(1);
    expect((await templatesOf(offered)).filter((t) => t === 'event_offer_lapsed')).toHaveLength(1);
  });
});

describe('drawing a lottery session', () => {
  it('is refused once the session has started, in the caller’s language, and changes nothing', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery' }, { capacity: 2 }));
    const sessionId = event.sessions[0].id;
    const entries = await Promise.all((await people('ev-times-draw', 3)).map((who) => signUp(sessionId, who)));
    await closeWindow(event.id);
    await setSession(sessionId, { startsAt: now(), endsAt: dayjs(now()).add(2, 'hour').toDate() });

    for (const who of REFUSED) expect((await events('drawLottery', { sessionId }, who)).error.code).toBe('FORBIDDEN');
    const refused = await events('drawLottery', { sessionId }, OPERATOR);
    expect(refused.error).toMatchObject({ code: 'CONFLICT', message: '本场活动已开始，不能再摇号', details: { rule: 'session-started' } });
    const inEnglish = await events('drawLottery', { sessionId }, ADMIN, { locale: 'en' });
    expect(inEnglish.error.message).toBe('This session has already started; it can no longer be drawn');

    expect((await sessionDoc(db, sessionId)).draw).toBeNull();
    for (const entry of entries) expect((await signUpDoc(db, entry.data.id)).status).toBe('entered');
  });

  it('a draw published before the start and cut off is still finished after it, in its published order', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery' }, { capacity: 2 }));
    const sessionId = event.sessions[0].id;
    const entries = await Promise.all((await people('ev-times-cut', 3)).map((who) => signUp(sessionId, who)));
    await closeWindow(event.id);
    const order = entries.map((e) => e.data.entryId).reverse();
    // Published two minutes before the start; the call that published it died before placing anyone.
    const drawnAt = dayjs(now()).subtract(2, 'minute').toDate();
    await setSession(sessionId, {
      draw: db.command.set({ seed: 'cut-before-start', drawnAt, order }),
      startsAt: now(),
      endsAt: dayjs(now()).add(2, 'hour').toDate(),
    });

    expect((await events('drawLottery', { sessionId }, OPERATOR)).data).toMatchObject({ winners: 2, waitlisted: 1, places: 2 });
    expect((await signUpDoc(db, entries[0].data.id)).status).toBe('waitlisted');
    expect((await signUpDoc(db, entries[2].data.id)).status).toBe('confirmed');
    expect((await events('drawLottery', { sessionId }, OPERATOR)).error.details.rule).toBe('already-drawn');
  });
});

describe('moving a session', () => {
  it('gives each place offered on it the deadline the rule gives for the new start, and tells its owner', async () => {
    // The window closes within the hour, so the session may move as close as the rules allow.
    const closesAt = dayjs(now()).add(30, 'minute').toISOString();
    const { data: event } = await save(eventInput({ closesAt }, { capacity: 1 }));
    const s0 = event.sessions[0];
    const [holder, waiting] = await people('ev-times-move', 2);
    const held = await signUp(s0.id, holder);
    const offer = await signUp(s0.id, waiting);
    await events('cancel', { id: held.data.id }, holder);
    const offered = await signUpDoc(db, offer.data.id);
    expect(offered.status).toBe('offered');
    const offeredAt = new Date(offered.offeredAt);
    // Three days off: 24 hours from the offer.
    expect(new Date(offered.offerExpiresAt)).toEqual(offerDeadline(offeredAt, new Date((await sessionDoc(db, s0.id)).startsAt)));
    const moveTo = (to: ReturnType<typeof sessionAt>, openId = OPERATOR) =>
      save(
        {
          ...eventInput({ closesAt }),
          id: event.id,
          sessions: [{ ...eventInput().sessions[0], id: s0.id, capacity: 1, date: to.date, startTime: to.startTime, endTime: to.endTime }],
        },
        openId,
      );
    const deadline = async () => new Date((await signUpDoc(db, offer.data.id)).offerExpiresAt);
    const acceptBy = async () =>
      (
        (await db.collection('messages').where({ recipient: waiting }).limit(100).get()).data as Array<{
          template: string;
          data: { acceptBy?: string; startTime?: string };
        }>
      )
        .filter((m) => m.template === 'event_offered')
        .map((m) => m.data.acceptBy);

    // Nobody else moves it.
    const tonight = sessionAt(10 * 60);
    for (const who of REFUSED) expect((await moveTo(tonight, who)).error.code).toBe('FORBIDDEN');
    expect(await deadline()).toEqual(offerDeadline(offeredAt, new Date((await sessionDoc(db, s0.id)).startsAt)));

    // Ten hours from now: 2 hours before the new start, earlier than the 24 hours it had.
    expect((await moveTo(tonight)).ok).toBe(true);
    expect(await deadline()).toEqual(dayjs(tonight.startsAt).subtract(2, 'hour').toDate());
    expect(await deadline()).toEqual(offerDeadline(offeredAt, tonight.startsAt));
    expect((await events('mine', {}, waiting)).data.items[0].offerExpiresAt).toBe((await deadline()).toISOString());
    expect(await acceptBy()).toContain((await deadline()).toISOString());

    // Back to days ahead: the rule's 24 hours from the offer again, no later.
    const later = sessionAt(5 * 24 * 60);
    expect((await moveTo(later)).ok).toBe(true);
    expect(await deadline()).toEqual(offerDeadline(offeredAt, later.startsAt));
    expect(await deadline()).toEqual(dayjs(offeredAt).add(24, 'hour').toDate());

    // Into its own cut-off (starting in 90 minutes): the rule's deadline for the offer would be past; it is held as an
    // offer made now would be, until the start, and is neither lapsed by the move nor by the scheduler.
    const soon = sessionAt(90);
    expect((await moveTo(soon)).ok).toBe(true);
    expect(await deadline()).toEqual(soon.startsAt);
    await lapseExpiredOffers({ db: db as never, now: now(), requestId: eventRequestId() });
    expect((await signUpDoc(db, offer.data.id)).status).toBe('offered');
    expect(await acceptBy()).toContain(soon.startsAt.toISOString());
    // An edit that does not move it tells nobody again.
    const told = (await acceptBy()).length;
    const again = await moveTo(soon);
    expect(again.error).toBeUndefined();
    expect((await acceptBy()).length).toBe(told);
    expect((await events('acceptOffer', { id: offer.data.id }, waiting)).data.status).toBe('confirmed');
  });
});

describe("the organisers' list of events", () => {
  it('comes 20 a page, every event once', async () => {
    const stationId = 'station-times-list';
    await addStation(db, stationId, 4);
    const made = new Set<string>();
    for (let i = 0; i < 21; i += 1) {
      const saved = await save({ ...eventInput({}, { place: { stationId } }), stationId }, ADMIN);
      made.add(saved.data.id);
    }
    const page = (n: number) => events('list', { page: n, stationId, recent: true }, ADMIN);
    const [first, second] = [await page(0), await page(1)];
    expect([first.data.items.length, first.data.hasMore, second.data.items.length, second.data.hasMore]).toEqual([20, true, 1, false]);
    const listed = [...first.data.items, ...second.data.items].map((e: { id: string }) => e.id);
    expect(new Set(listed)).toEqual(made);
  }, 60_000);
});
