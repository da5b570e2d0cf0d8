import { drawLottery, drawMatchesSeed } from '../../../core/events/lottery';
import { remindEventSessions } from '../../../cloudfunctions/_shared/event-reminders';
import { lapseExpiredOffers } from '../../../cloudfunctions/_shared/events/lapse';
import { offerDeadline } from '../../../core/events/session';
import { consentFirst } from '../../support/consent';
import { callEvents, consentedPeople, eventInput, eventRequestId, sessionDoc, signUpDoc } from '../../support/events';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, dbOf, type Db } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let events: ReturnType<typeof callEvents>;

const OPERATOR = 'demo-operator';
const ADMIN = 'demo-admin';
const OTHER_OPERATOR = 'ev-operator-elsewhere';
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  events = callEvents(cloud);
  await addStation(db, 'station-elsewhere', 4);
  await addUser(db, OTHER_OPERATOR, ['applicant', 'operator'], 'station-elsewhere');
  await addUser(db, 'ev-unit', ['applicant', 'unit'], null);
});
afterAll(() => cloud.stop());

const save = (payload: unknown, openId = OPERATOR) => events('saveEvent', payload, openId, { requestId: eventRequestId() });
const signUp = (sessionId: string, openId: string, extra: Record<string, unknown> = {}, requestId = eventRequestId()) =>
  events('signUp', { sessionId, ...extra }, openId, { requestId });
const people = (prefix: string, n: number) => consentedPeople(cloud, prefix, n);
const messagesOf = async (openId: string) =>
  (await db.collection('messages').where({ recipient: openId }).limit(100).get()).data as Array<{
    template: string;
    data: Record<string, unknown>;
  }>;
/** Moves a session so that it runs now (check-in open), or ended a minute ago. */
const runNow = (id: string) =>
  db
    .collection('event_sessions')
    .doc(id)
    .update({ startsAt: new Date(Date.now() - HOUR), endsAt: new Date(Date.now() + HOUR) });
const endNow = (id: string) =>
  db
    .collection('event_sessions')
    .doc(id)
    .update({ startsAt: new Date(Date.now() - 2 * HOUR), endsAt: new Date(Date.now() - 60_000) });

describe('events.saveEvent (organisers)', () => {
  it("lets the station's operator and a district admin create events; nobody else", async () => {
    const created = await save(eventInput());
    expect(created.ok).toBe(true);
    expect(created.data).toMatchObject({
      stationId: 'station-pudong',
      allocation: 'first-come',
      sessions: [{ capacity: 5, taken: 0, free: 5, draw: null }],
    });
    expect((await save(eventInput({ stationId: 'station-elsewhere' }), ADMIN)).ok).toBe(true);
    expect((await save(eventInput(), OTHER_OPERATOR)).error.code).toBe('FORBIDDEN');
    for (const who of ['demo-applicant', 'demo-employer', 'ev-unit']) expect((await save(eventInput(), who)).error.code).toBe('FORBIDDEN');
  });

  it('refuses a session before sign-up closes, an unknown place, and writes nothing', async () => {
    const early = await save(eventInput({ closesAt: new Date(Date.now() + 10 * 24 * HOUR).toISOString() }));
    expect(early.error.code).toBe('VALIDATION');
    expect(early.error.issues[0].path).toBe('sessions.0.date');
    expect((await save(eventInput({}, { place: { stationId: 'no-such-station' } }))).error.code).toBe('NOT_FOUND');
    expect((await save(eventInput({}, { place: {} }))).error.code).toBe('VALIDATION');
  });

  it('edits an event: adds a session, keeps a capacity at or above the places taken, fixes the allocation once open', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 3 }));
    const [s0] = event.sessions;
    await consentFirst(cloud, ['ev-edit-a']);
    expect((await signUp(s0.id, 'ev-edit-a', { partySize: 2 })).data.status).toBe('confirmed');
    const edit = (sessions: unknown[], extra: Record<string, unknown> = {}) => save({ ...eventInput(extra), id: event.id, sessions });
    const below = await edit([{ ...eventInput().sessions[0], id: s0.id, capacity: 1 }]);
    expect(below.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'sessions.0.capacity' }] });
    const edited = await edit([
      { ...eventInput().sessions[0], id: s0.id, capacity: 10 },
      { ...eventInput().sessions[0], startTime: '10:00', endTime: '12:00' },
    ]);
    expect(edited.ok).toBe(true);
    expect(
      edited.data.sessions.map((s: { startTime: string; capacity: number; taken: number }) => [s.startTime, s.capacity, s.taken]),
    ).toEqual([
      ['10:00', 5, 0],
      ['18:00', 10, 2],
    ]);
    expect((await edit([{ ...eventInput().sessions[0], id: s0.id }], { allocation: 'lottery' })).error.details.rule).toBe(
      'allocation-fixed-once-open',
    );
    expect((await save({ ...eventInput(), id: event.id }, OTHER_OPERATOR)).error.code).toBe('FORBIDDEN');
  });

  it('saves an edit that leaves its sessions as they were (the title only), and the same save sent again', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 3 }));
    const [s0] = event.sessions;
    await consentFirst(cloud, ['ev-edit-title']);
    await signUp(s0.id, 'ev-edit-title');
    const retitled = {
      ...eventInput({ title: { 'zh-CN': '新标题', en: 'New title' } }),
      id: event.id,
      sessions: [{ ...eventInput().sessions[0], id: s0.id, capacity: 3 }],
    };
    const first = await save(retitled);
    expect(first.error).toBeUndefined();
    expect(first.data.title.en).toBe('New title');
    expect((await save(retitled)).ok).toBe(true);
    expect(await sessionDoc(db, s0.id)).toMatchObject({ capacity: 3, taken: 1 });
  });
});

describe('events.list and events.get (anyone signed in)', () => {
  it('lists the upcoming demo events, by type and station, soonest first', async () => {
    const all = await events('list', {}, 'demo-applicant');
    expect(all.ok).toBe(true);
    expect(all.data.items.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['ev-sanjiang-matchmaking', 'ev-family-camp', 'ev-policy-briefing']),
    );
    const camps = await events('list', { type: 'family-camp' }, 'demo-team');
    expect(camps.data.items.map((e: { id: string }) => e.id)).toEqual(['ev-family-camp']);
    expect((await events('list', { stationId: 'station-elsewhere', type: 'investor-matchmaking' }, 'demo-team')).data.items).toEqual([]);
  });

  it('gets an event with its sessions and free places; an unknown one is NOT_FOUND', async () => {
    const reply = await events('get', { id: 'ev-sanjiang-matchmaking' }, 'demo-employer');
    expect(reply.data.sessions).toHaveLength(3);
    expect(reply.data.sessions[0]).toMatchObject({ capacity: 40, free: 40 });
    expect((await events('get', { id: 'ev-nope' }, 'demo-applicant')).error.code).toBe('NOT_FOUND');
  });
});

describe('first come', () => {
  it('confirms while places last, then waitlists; one sign-up per person; a retry gets the first reply', async () => {
    const { data: event } = await save(
      eventInput({ fields: [{ key: 'topic', label: { 'zh-CN': '话题', en: 'Topic' }, required: true }] }, { capacity: 4 }),
    );
    const sessionId = event.sessions[0].id;
    const [a, b, c] = await people('ev-fc', 3);
    const answers = { topic: 'AI' };
    const requestId = eventRequestId();
    const first = await signUp(sessionId, a, { partySize: 3, answers }, requestId);
    expect(first.data).toMatchObject({ status: 'confirmed', partySize: 3, checkInCode: `rcyz-event:${first.data.id}` });
    expect(await signUp(sessionId, a, { partySize: 3, answers }, requestId)).toEqual(first);
    expect((await signUp(sessionId, a, { answers })).error).toMatchObject({
      code: 'NOT_ELIGIBLE',
      details: { reasons: [{ rule: 'one-per-person' }] },
    });
    expect((await signUp(sessionId, b, { partySize: 4, answers })).error.details.reasons[0].rule).toBe('party-size');
    expect((await signUp(sessionId, b, {})).error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'answers.topic' }] });
    expect((await signUp(sessionId, b, { partySize: 2, answers })).data.status).toBe('waitlisted');
    expect((await signUp(sessionId, c, { partySize: 1, answers })).data.status).toBe('confirmed');
    expect((await sessionDoc(db, sessionId)).taken).toBe(4);
    // Without consent to the privacy policy, nothing is taken.
    expect((await signUp(sessionId, 'ev-fc-no-consent', { answers })).error.code).toBe('FORBIDDEN');
  });

  it('a cancellation frees the places and offers them to the waitlist in order; only the owner cancels', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 3 }));
    const sessionId = event.sessions[0].id;
    const [holder, other, big, small] = await people('ev-cancel', 4);
    const held = await signUp(sessionId, holder, { partySize: 2 });
    expect((await signUp(sessionId, other, { partySize: 1 })).data.status).toBe('confirmed');
    const bigWait = await signUp(sessionId, big, { partySize: 3 });
    const smallWait = await signUp(sessionId, small, { partySize: 2 });
    expect([bigWait.data.status, smallWait.data.status]).toEqual(['waitlisted', 'waitlisted']);
    expect((await events('cancel', { id: held.data.id }, big)).error.code).toBe('NOT_FOUND');
    expect((await events('cancel', { id: held.data.id }, OPERATOR)).error.code).toBe('NOT_FOUND');
    const cancelled = await events('cancel', { id: held.data.id }, holder);
    expect(cancelled.data.status).toBe('cancelled');
    // 2 free: the party of 3 does not fit and is skipped; the party of 2 behind it is offered the places.
    expect((await signUpDoc(db, bigWait.data.id)).status).toBe('waitlisted');
    expect((await signUpDoc(db, smallWait.data.id)).status).toBe('offered');
    expect((await sessionDoc(db, sessionId)).taken).toBe(3);
    expect((await messagesOf(small)).map((m) => m.template)).toContain('event_offered');
    expect((await events('cancel', { id: held.data.id }, holder)).error.code).toBe('CONFLICT');
    // Cancelled, the holder may sign up again (for what is left: the waitlist).
    expect((await signUp(sessionId, holder, { partySize: 1 })).data.status).toBe('waitlisted');
    const mine = await events('mine', {}, small);
    expect(mine.data.items.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([[smallWait.data.id, 'offered']]);
    // The offer is accepted by its owner only, once; the places were taken when it was offered.
    expect((await events('acceptOffer', { id: smallWait.data.id }, big)).error.code).toBe('NOT_FOUND');
    expect((await events('acceptOffer', { id: bigWait.data.id }, big)).error.details.rule).toBe('not-offered');
    expect((await events('acceptOffer', { id: smallWait.data.id }, small)).data.status).toBe('confirmed');
    expect((await events('acceptOffer', { id: smallWait.data.id }, small)).error.details.rule).toBe('not-offered');
    expect((await signUpDoc(db, smallWait.data.id)).status).toBe('confirmed');
    expect((await sessionDoc(db, sessionId)).taken).toBe(3);
  });

  it('refuses residents-only and team-only sessions to others, and sign-up outside the window', async () => {
    const [x] = await people('ev-aud', 1);
    const residents = await save(eventInput({ audience: 'station-residents' }));
    expect((await signUp(residents.data.sessions[0].id, x)).error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual([
      'residents-only',
    ]);
    const teams = await save(eventInput({ audience: 'startup-teams' }));
    expect((await signUp(teams.data.sessions[0].id, x)).error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['teams-only']);
    const later = await save(eventInput({ opensAt: new Date(Date.now() + HOUR).toISOString() }));
    expect((await signUp(later.data.sessions[0].id, x)).error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual([
      'window-not-open',
    ]);
  });
});

describe('offers from the waitlist have a deadline', () => {
  it('an offer not accepted by its deadline lapses and the place goes to the next on the waitlist; the scheduler runs it', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 2 }));
    const sessionId = event.sessions[0].id;
    const [holder, first, second] = await people('ev-lapse', 3);
    const held = await signUp(sessionId, holder, { partySize: 2 });
    const firstWait = await signUp(sessionId, first, { partySize: 2 });
    const secondWait = await signUp(sessionId, second, { partySize: 2 });
    const cancelledAt = Date.now();
    await events('cancel', { id: held.data.id }, holder);
    const offer = await signUpDoc(db, firstWait.data.id);
    expect(offer.status).toBe('offered');
    // 24 hours from the offer: the session is 3 days off, so the 2-hour cut-off before the start does not bite.
    const deadline = new Date(offer.offerExpiresAt);
    const session = await sessionDoc(db, sessionId);
    expect(deadline.getTime()).toBe(offerDeadline(new Date(offer.updatedAt), new Date(session.startsAt)).getTime());
    expect(deadline.getTime() - cancelledAt).toBeGreaterThan(23 * HOUR);
    // 'My sign-ups' shows it; the notice says by when.
    const mine = await events('mine', {}, first);
    expect(new Date(mine.data.items[0].offerExpiresAt).getTime()).toBe(deadline.getTime());
    const offered = (await messagesOf(first)).find((m) => m.template === 'event_offered');
    expect(offered?.data.acceptBy).toBe(deadline.toISOString());

    const ctx = (at: Date) => ({ db: db as never, now: at, requestId: eventRequestId() });
    expect(await lapseExpiredOffers(ctx(new Date(deadline.getTime() - 1)))).toBe(0);
    expect(await lapseExpiredOffers(ctx(deadline))).toBe(1);
    expect(await lapseExpiredOffers(ctx(deadline))).toBe(0);
    expect(await signUpDoc(db, firstWait.data.id)).toMatchObject({ status: 'lapsed', offerExpiresAt: null });
    expect((await signUpDoc(db, secondWait.data.id)).status).toBe('offered');
    expect((await sessionDoc(db, sessionId)).taken).toBe(2);
    expect((await messagesOf(first)).map((m) => m.template)).toContain('event_offer_lapsed');
    expect((await messagesOf(second)).map((m) => m.template)).toContain('event_offered');
    expect((await events('acceptOffer', { id: firstWait.data.id }, first)).error.details.rule).toBe('not-offered');
    expect((await events('mine', {}, first)).data.items[0]).toMatchObject({ status: 'lapsed', offerExpiresAt: null });

    // Past its deadline an offer can no longer be accepted, even before the scheduler has run.
    await db
      .collection('event_sign_ups')
      .doc(secondWait.data.id)
      .update({ offerExpiresAt: new Date(Date.now() - 60_000) });
    expect((await events('acceptOffer', { id: secondWait.data.id }, second)).error.details.rule).toBe('not-offered');
    const run = (await callFunction(cloud, 'scheduler', { action: 'run' }, ADMIN)).body;
    expect(run.data.eventOffersLapsed).toBe(1);
    expect((await signUpDoc(db, secondWait.data.id)).status).toBe('lapsed');
    // Nobody left on the waitlist: the places stay free.
    expect((await sessionDoc(db, sessionId)).taken).toBe(0);
  });
});

describe('more places', () => {
  it('an organiser raising the capacity offers the new places to the waitlist first, not to whoever signs up next', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 2 }));
    const s0 = event.sessions[0];
    const [holder, waiting, newcomer] = await people('ev-more', 3);
    expect((await signUp(s0.id, holder, { partySize: 2 })).data.status).toBe('confirmed');
    const waited = await signUp(s0.id, waiting, { partySize: 2 });
    expect(waited.data.status).toBe('waitlisted');

    const edited = await save({ ...eventInput(), id: event.id, sessions: [{ ...eventInput().sessions[0], id: s0.id, capacity: 4 }] });
    expect(edited.ok).toBe(true);
    expect((await signUpDoc(db, waited.data.id)).status).toBe('offered');
    expect((await messagesOf(waiting)).map((m) => m.template)).toContain('event_offered');
    // The two new places went to the one who waited: the next to sign up waits in turn.
    expect((await signUp(s0.id, newcomer)).data.status).toBe('waitlisted');
    expect((await sessionDoc(db, s0.id)).taken).toBe(4);
  });
});

describe('signing up again', () => {
  it('after letting an offered place lapse, signs up again like after cancelling (not "already signed up")', async () => {
    const { data: event } = await save(eventInput({}, { capacity: 2 }));
    const sessionId = event.sessions[0].id;
    const [holder, late] = await people('ev-again', 2);
    const held = await signUp(sessionId, holder, { partySize: 2 });
    const waiting = await signUp(sessionId, late, { partySize: 2 });
    expect(waiting.data.status).toBe('waitlisted');
    await events('cancel', { id: held.data.id }, holder);
    const offer = await signUpDoc(db, waiting.data.id);
    expect(offer.status).toBe('offered');
    await lapseExpiredOffers({ db: db as never, now: new Date(offer.offerExpiresAt), requestId: eventRequestId() });
    expect((await signUpDoc(db, waiting.data.id)).status).toBe('lapsed');
    expect((await sessionDoc(db, sessionId)).taken).toBe(0);

    // The window is still open and the places are free: the person who missed the offer may sign up again.
    const again = await signUp(sessionId, late, { partySize: 2 });
    expect(again.ok).toBe(true);
    expect(again.data).toMatchObject({ id: waiting.data.id, status: 'confirmed' });
    expect((await sessionDoc(db, sessionId)).taken).toBe(2);
    // Once back, the one-per-person rule holds again.
    expect((await signUp(sessionId, late)).error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['one-per-person']);
  });
});

describe('the lottery', () => {
  it('enters everyone, draws once after the window from a published seed anyone can re-check, never over capacity', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery', maxPartySize: 4, type: 'family-camp' }, { capacity: 8 }));
    const sessionId = event.sessions[0].id;
    const entrants = await people('ev-lot', 8);
    const entries = await Promise.all(entrants.map((who, i) => signUp(sessionId, who, { partySize: 1 + (i % 3) })));
    expect(entries.every((e) => e.data.status === 'entered')).toBe(true);
    expect((await sessionDoc(db, sessionId)).taken).toBe(0);
    expect((await events('drawLottery', { sessionId }, OPERATOR)).error.details.rule).toBe('window-open');
    await db
      .collection('events')
      .doc(event.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    for (const who of ['demo-applicant', 'ev-unit']) expect((await events('drawLottery', { sessionId }, who)).error.code).toBe('FORBIDDEN');
    expect((await events('drawLottery', { sessionId }, OTHER_OPERATOR)).error.code).toBe('FORBIDDEN');
    // Withdrawn after the window closed: drawn, but takes nothing.
    await events('cancel', { id: entries[7].data.id }, entrants[7]);

    const drawn = await events('drawLottery', { sessionId }, OPERATOR);
    expect(drawn.ok).toBe(true);
    expect(drawn.data.draw.seed).toMatch(/^[0-9a-f]{32}$/);
    expect((await events('drawLottery', { sessionId }, ADMIN)).error.details.rule).toBe('already-drawn');

    // Anyone: the published seed and order from events.get, the entries drawn (all but the withdrawn one), core's
    // drawLottery.
    const published = (await events('get', { id: event.id }, 'demo-applicant')).data.sessions[0];
    expect(published.draw).toEqual(drawn.data.draw);
    const again = drawLottery({
      seed: published.draw.seed,
      entries: entries.slice(0, 7).map((e) => ({ id: e.data.entryId, partySize: e.data.partySize })),
      capacity: 8,
    });
    expect(again.order.map((e) => e.id)).toEqual(published.draw.order);
    expect(published.draw.winners).toEqual(again.winners.map((w) => w.id));
    expect(drawMatchesSeed(published.draw)).toBe(true);
    // The draw names entries by their public entry id, never by the sign-up id their QR code holds.
    expect(published.draw.order.some((id: string) => entries.some((e) => e.data.id === id || e.data.checkInCode.includes(id)))).toBe(false);

    const statuses = await Promise.all(
      entries.map(async (e) => [e.data.entryId, (await signUpDoc(db, e.data.id)).status, e.data.partySize]),
    );
    const confirmed = statuses.filter(([, s]) => s === 'confirmed');
    const placesTaken = confirmed.reduce((n, [, , p]) => n + (p as number), 0);
    expect(placesTaken).toBeLessThanOrEqual(8);
    expect((await sessionDoc(db, sessionId)).taken).toBe(placesTaken);
    expect(drawn.data.places).toBe(placesTaken);
    expect(statuses.find(([id]) => id === entries[7].data.entryId)?.[1]).toBe('cancelled');
    expect(confirmed.map(([id]) => id).sort()).toEqual(again.winners.map((w) => w.id).sort());
    expect(
      statuses
        .filter(([, s]) => s === 'waitlisted')
        .map(([id]) => id)
        .sort(),
    ).toEqual(again.waitlist.map((w) => w.id).sort());
    const anyWinner = entrants[entries.findIndex((e) => e.data.entryId === confirmed[0][0])];
    expect((await messagesOf(anyWinner)).map((m) => m.template)).toContain('event_won');
  });

  it('finishes a draw cut off after its seed was published, following the published order', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery' }, { capacity: 3 }));
    const sessionId = event.sessions[0].id;
    const entrants = await people('ev-cut', 4);
    const entries = await Promise.all(entrants.map((who) => signUp(sessionId, who, { partySize: 1 })));
    await db
      .collection('events')
      .doc(event.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    const order = entries.map((e) => e.data.entryId).reverse();
    const draw = { seed: 'cut-off', drawnAt: new Date(Date.now() - 5_000), order };
    await db
      .collection('event_sessions')
      .doc(sessionId)
      .update({ draw: db.command.set(draw) });
    expect((await events('drawLottery', { sessionId }, OPERATOR)).error.details.rule).toBe('draw-in-progress');
    await db
      .collection('event_sessions')
      .doc(sessionId)
      .update({ draw: db.command.set({ ...draw, drawnAt: new Date(Date.now() - 120_000) }) });
    const finished = await events('drawLottery', { sessionId }, OPERATOR);
    expect(finished.data).toMatchObject({ winners: 3, waitlisted: 1, places: 3, draw: { seed: 'cut-off', order } });
    expect((await signUpDoc(db, entries[0].data.id)).status).toBe('waitlisted');
    expect((await sessionDoc(db, sessionId)).taken).toBe(3);
    expect((await events('drawLottery', { sessionId }, OPERATOR)).error.details.rule).toBe('already-drawn');
  });

  it('many more entries than places: the winners placed in drawn order, every other entry waitlisted at its rank and told', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery' }, { capacity: 3 }));
    const sessionId = event.sessions[0].id;
    const entrants = await people('ev-many', 12);
    const entries = await Promise.all(entrants.map((who) => signUp(sessionId, who, { partySize: 1 })));
    await db
      .collection('events')
      .doc(event.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    const drawn = await events('drawLottery', { sessionId }, OPERATOR);
    expect(drawn.data).toMatchObject({ winners: 3, waitlisted: 9, places: 3 });
    expect((await sessionDoc(db, sessionId)).taken).toBe(3);
    const order: string[] = drawn.data.draw.order;
    for (const [i, entry] of entries.entries()) {
      const stored = await signUpDoc(db, entry.data.id);
      const rank = order.indexOf(entry.data.entryId);
      expect({ status: stored.status, rank: stored.rank }).toEqual({ status: rank < 3 ? 'confirmed' : 'waitlisted', rank });
      expect((await messagesOf(entrants[i])).map((m) => m.template)).toContain(rank < 3 ? 'event_won' : 'event_waitlisted');
    }
  });

  it('with the no-show policy, draws a person with 2 no-shows after everyone else', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery', noShowPenalty: true }, { capacity: 3 }));
    const sessionId = event.sessions[0].id;
    const [absentee, ...others] = await people('ev-pen', 4);
    for (const n of [1, 2])
      await db.collection('event_sign_ups').add({
        _id: `su-${String(n).repeat(24)}`,
        sessionId: `ev-old-s${n}`,
        ownerId: absentee,
        status: 'no-show',
        signedUpAt: new Date(),
        rank: n,
      });
    const mine = await signUp(sessionId, absentee);
    await Promise.all(others.map((who) => signUp(sessionId, who)));
    await db
      .collection('events')
      .doc(event.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    const drawn = await events('drawLottery', { sessionId }, OPERATOR);
    expect(drawn.data.draw.order.at(-1)).toBe(mine.data.entryId);
    expect((await signUpDoc(db, mine.data.id)).status).toBe('waitlisted');
    // Published: one entry was put last, so the order still checks against the seed.
    expect(drawn.data.draw.drawnLast).toBe(1);
    expect(drawMatchesSeed(drawn.data.draw)).toBe(true);
  });

  it('with the no-show policy, counts the no-shows of every entrant, beyond the first hundred too', async () => {
    const { data: event } = await save(eventInput({ allocation: 'lottery', noShowPenalty: true }, { capacity: 200 }));
    const sessionId = event.sessions[0].id;
    const crowd = await people('ev-crowd', 105);
    // The first entrant and the last, whose counts fall in different aggregations of a hundred people.
    const absentees = [crowd[0], crowd[104]];
    for (const [i, absentee] of absentees.entries())
      for (const n of [1, 2])
        await db.collection('event_sign_ups').add({
          _id: `su-crowd-${i}-${n}`,
          sessionId: `ev-old-crowd-s${n}`,
          ownerId: absentee,
          status: 'no-show',
          signedUpAt: new Date(),
          rank: n,
        });
    const entries = new Map<string, string>();
    for (let i = 0; i < crowd.length; i += 15)
      await Promise.all(crowd.slice(i, i + 15).map(async (who) => entries.set(who, (await signUp(sessionId, who)).data.entryId)));
    await db
      .collection('events')
      .doc(event.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    const drawn = await events('drawLottery', { sessionId }, OPERATOR);
    expect(drawn.data.draw.drawnLast).toBe(2);
    expect(new Set(drawn.data.draw.order.slice(-2))).toEqual(new Set(absentees.map((a) => entries.get(a))));
    expect(drawMatchesSeed(drawn.data.draw)).toBe(true);
  });

  it('refuses a draw of a first-come session', async () => {
    const { data: event } = await save(eventInput());
    expect((await events('drawLottery', { sessionId: event.sessions[0].id }, OPERATOR)).error.details.rule).toBe('not-a-lottery');
  });
});

describe('the day itself', () => {
  it("keeps a session under way and one just over on the organiser's list (check-in, no-shows, photos), off the talents'", async () => {
    const { data: under } = await save(eventInput({}, { capacity: 10 }));
    const { data: over } = await save(eventInput({}, { capacity: 10 }));
    await runNow(under.sessions[0].id);
    await endNow(over.sessions[0].id);
    // The event's last session has started: what the list reads (`lastStartsAt`), as saveEvent would have written it.
    for (const [e, hours] of [
      [under, 1],
      [over, 2],
    ] as const)
      await db
        .collection('events')
        .doc(e.id)
        .update({ lastStartsAt: new Date(Date.now() - hours * HOUR) });
    const ids = (reply: { data: { items: Array<{ id: string }> } }) => reply.data.items.map((e) => e.id);

    // What the console's events list asks for (src/admin/services/events.ts).
    const organisers = await events('list', { page: 0, stationId: 'station-pudong', recent: true }, OPERATOR);
    expect(organisers.ok).toBe(true);
    expect(ids(organisers)).toEqual(expect.arrayContaining([under.id, over.id]));
    // Talents see what they can still sign up for.
    const talents = await events('list', { page: 0, stationId: 'station-pudong' }, 'demo-applicant');
    expect(ids(talents)).not.toContain(under.id);
    expect(ids(talents)).not.toContain(over.id);
  });

  it('checks a guest in by QR code, lists and exports sign-ups, marks no-shows after the session, and takes ratings', async () => {
    const { data: event } = await save(
      eventInput({ fields: [{ key: 'company', label: { 'zh-CN': '公司', en: 'Company' }, required: false }] }, { capacity: 10 }),
    );
    const sessionId = event.sessions[0].id;
    const [guest, absent, late] = await people('ev-day', 3);
    const g = await signUp(sessionId, guest, { partySize: 2, answers: { company: 'Acme, "Ltd"' } });
    const a = await signUp(sessionId, absent);
    expect((await events('checkIn', { code: g.data.checkInCode }, OPERATOR)).error.details.rule).toBe('check-in-time');
    expect((await events('rate', { id: g.data.id, stars: 5 }, guest)).error.code).toBe('CONFLICT');
    await runNow(sessionId);
    expect((await signUp(sessionId, late)).error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['session-started']);
    expect((await events('checkIn', { code: g.data.checkInCode }, OTHER_OPERATOR)).error.code).toBe('FORBIDDEN');
    expect((await events('checkIn', { code: g.data.checkInCode }, guest)).error.code).toBe('FORBIDDEN');
    expect((await events('checkIn', { code: 'https://example.com' }, OPERATOR)).error.code).toBe('VALIDATION');
    const checked = await events('checkIn', { code: g.data.checkInCode }, OPERATOR);
    expect(checked.data.status).toBe('attended');
    expect((await events('checkIn', { code: g.data.id }, ADMIN)).error.details.rule).toBe('no-place');
    expect((await events('cancel', { id: a.data.id }, absent)).error.code).toBe('CONFLICT');

    const list = await events('signUps', { sessionId }, OPERATOR);
    expect(list.data.items.map((s: { id: string; status: string }) => [s.id, s.status])).toEqual([
      [g.data.id, 'attended'],
      [a.data.id, 'confirmed'],
    ]);
    expect((await events('signUps', { sessionId, status: 'attended' }, ADMIN)).data.items).toHaveLength(1);
    expect((await events('signUps', { sessionId }, OTHER_OPERATOR)).error.code).toBe('FORBIDDEN');
    expect((await events('signUps', { sessionId }, guest)).error.code).toBe('FORBIDDEN');
    const csv = await events('exportSignUps', { sessionId }, OPERATOR);
    expect(csv.data).toMatchObject({ mimeType: 'text/csv', filename: expect.stringMatching(/\.csv$/) });
    expect(csv.data.content).toContain('公司 Company');
    expect(csv.data.content).toContain('"Acme, ""Ltd"""');
    expect((await events('exportSignUps', { sessionId }, 'demo-applicant')).error.code).toBe('FORBIDDEN');

    expect((await events('markNoShows', { sessionId }, OPERATOR)).error.details.rule).toBe('session-not-over');
    await endNow(sessionId);
    expect((await events('markNoShows', { sessionId }, guest)).error.code).toBe('FORBIDDEN');
    expect((await events('markNoShows', { sessionId }, ADMIN)).data).toEqual({ sessionId, count: 1 });
    expect((await events('markNoShows', { sessionId }, OPERATOR)).data).toEqual({ sessionId, count: 0 });
    expect((await signUpDoc(db, a.data.id)).status).toBe('no-show');

    expect((await events('rate', { id: g.data.id, stars: 6 }, guest)).error.code).toBe('VALIDATION');
    expect((await events('rate', { id: g.data.id, stars: 4 }, absent)).error.code).toBe('NOT_FOUND');
    expect((await events('rate', { id: a.data.id, stars: 4 }, absent)).error.code).toBe('CONFLICT');
    expect((await events('rate', { id: g.data.id, stars: 4 }, guest)).data.rating).toBe(4);
    expect((await events('rate', { id: g.data.id, stars: 5 }, guest)).error.code).toBe('CONFLICT');
  });

  it('messages everyone holding a place, once per submit; only organisers may', async () => {
    const { data: event } = await save(eventInput());
    const sessionId = event.sessions[0].id;
    const [p, q] = await people('ev-msg', 2);
    await signUp(sessionId, p);
    await signUp(sessionId, q);
    const requestId = eventRequestId();
    const sent = await events('messageAttendees', { sessionId, text: '请带好身份证' }, OPERATOR, { requestId });
    expect(sent.data).toEqual({ sessionId, count: 2 });
    expect(await events('messageAttendees', { sessionId, text: '请带好身份证' }, OPERATOR, { requestId })).toEqual(sent);
    expect((await messagesOf(p)).filter((m) => m.template === 'event_message')).toHaveLength(1);
    expect((await events('messageAttendees', { sessionId, text: 'hi' }, p, { requestId: eventRequestId() })).error.code).toBe('FORBIDDEN');
  });

  it('reminds everyone holding a place the day before, once', async () => {
    const { data: event } = await save(eventInput());
    const sessionId = event.sessions[0].id;
    const [r] = await people('ev-remind', 1);
    await signUp(sessionId, r);
    const session = await sessionDoc(db, sessionId);
    const dayBefore = new Date(new Date(session.startsAt).getTime() - 20 * HOUR);
    expect(await remindEventSessions(db as never, new Date(new Date(session.startsAt).getTime() - 30 * HOUR))).toBe(0);
    expect(await remindEventSessions(db as never, dayBefore)).toBeGreaterThanOrEqual(1);
    expect(await remindEventSessions(db as never, dayBefore)).toBe(0);
    expect((await messagesOf(r)).filter((m) => m.template === 'event_reminder')).toHaveLength(1);
    expect((await sessionDoc(db, sessionId)).reminded).toBe(true);
  });
});

describe("a person's sign-ups in their data", () => {
  it('are in their export, and deleting the account anonymises them and gives held places back', async () => {
    const { data: event } = await save(
      eventInput({ fields: [{ key: 'kids', label: { 'zh-CN': '孩子', en: 'Kids' }, required: true }] }, { capacity: 5 }),
    );
    const sessionId = event.sessions[0].id;
    const [leaver] = await people('ev-leaver', 1);
    const mine = await signUp(sessionId, leaver, { partySize: 3, answers: { kids: '小明 7 岁' } });
    const exported = await events('get', { id: event.id }, leaver);
    expect(exported.data.sessions[0].taken).toBe(3);
    const data = (await callFunction(cloud, 'account', { action: 'exportMyData', payload: {} }, leaver)).body;
    expect(data.data.event_sign_ups).toEqual([
      expect.objectContaining({ id: mine.data.id, answers: { kids: '小明 7 岁' }, status: 'confirmed' }),
    ]);
    const deleted = (
      await callFunction(
        cloud,
        'account',
        { action: 'deleteMyAccount', payload: { confirm: 'DELETE' }, requestId: eventRequestId() },
        leaver,
      )
    ).body;
    expect(deleted.data.anonymised.eventSignUps).toBe(1);
    expect(await signUpDoc(db, mine.data.id)).toMatchObject({ ownerId: '', name: '', answers: {}, status: 'cancelled', partySize: 3 });
    expect((await sessionDoc(db, sessionId)).taken).toBe(0);
  });
});
