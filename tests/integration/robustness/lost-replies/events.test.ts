import { consentFirst } from '../../../support/consent';
import { callEvents, eventInput, eventRequestId } from '../../../support/events';
import { cloud, db, loseReplyOf, submit, useLostReplies } from '../../../support/lost-replies';

/**
 * A write of an event sign-up, cancellation, draw, message or new event, its reply lost. The harness, and why:
 * tests/support/lost-replies.ts.
 */
useLostReplies();
let serial = 0;

describe('an event sign-up', () => {
  it.each([
    {
      step: 'the places taken',
      write: { action: 'database.modifyDocument', collection: 'event_sessions' },
      sentAgain: 'reaches the cloud',
    },
    { step: 'the sign-up', write: { action: 'database.insertDocument', collection: 'event_sign_ups' }, sentAgain: 'reaches the cloud' },
    { step: 'the sign-up', write: { action: 'database.insertDocument', collection: 'event_sign_ups' }, sentAgain: 'dropped too' },
  ] as const)(
    '$step, applied and its reply lost (sent again: $sentAgain): confirmed, its places taken once',
    async ({ write, sentAgain }) => {
      serial += 1;
      const openId = `lost-event-${serial}`;
      await consentFirst(cloud, [openId]);
      const saved = await callEvents(cloud)('saveEvent', eventInput({}, { capacity: 5 }), 'demo-operator', { requestId: eventRequestId() });
      const sessionId = saved.data.sessions[0].id as string;
      const resent = loseReplyOf(write, sentAgain);
      const { reply } = await submit('events', openId, {
        action: 'signUp',
        requestId: eventRequestId(),
        payload: { sessionId, partySize: 2 },
      });
      expect(resent()).toBeGreaterThanOrEqual(1);
      expect(reply).toMatchObject({ ok: true, data: { status: 'confirmed' } });
      const session = (await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number };
      expect(session.taken).toBe(2);
    },
  );
});

describe("an organiser's message to the attendees", () => {
  it('a WeChat notice queued and its reply lost (sent again): every attendee counted', async () => {
    const saved = await callEvents(cloud)('saveEvent', eventInput({}, { capacity: 5 }), 'demo-operator', { requestId: eventRequestId() });
    const sessionId = saved.data.sessions[0].id as string;
    const attendees = [1, 2].map((n) => `lost-attendee-${(serial += 1)}-${n}`);
    await consentFirst(cloud, attendees);
    for (const openId of attendees) await callEvents(cloud)('signUp', { sessionId, partySize: 1 }, openId, { requestId: eventRequestId() });
    const resent = loseReplyOf({ action: 'database.insertDocument', collection: 'outbox' }, 'reaches the cloud');
    const { reply } = await submit('events', 'demo-operator', {
      action: 'messageAttendees',
      requestId: eventRequestId(),
      payload: { sessionId, text: '请带好身份证' },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { sessionId, count: 2 } });
  });
});

describe("an organiser's new event", () => {
  it.each([
    { step: 'the event', write: { action: 'database.insertDocument', collection: 'events' } },
    { step: 'its session', write: { action: 'database.insertDocument', collection: 'event_sessions' } },
    { step: 'its audit line', write: { action: 'database.insertDocument', collection: 'audit_logs' } },
  ])('$step, inserted and its reply lost (sent again): saved once, audited once', async ({ write }) => {
    const title = { 'zh-CN': `丢失的回复 ${(serial += 1)}`, en: `Lost reply ${serial}` };
    const resent = loseReplyOf(write, 'reaches the cloud');
    const { reply } = await submit('events', 'demo-operator', {
      action: 'saveEvent',
      requestId: eventRequestId(),
      payload: eventInput({ title }),
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { sessions: [{ capacity: expect.any(Number) }] } });
    const eventId = reply.data?.id as string;
    expect(
      (await db.collection('events').where({ stationId: 'station-pudong', active: true }).limit(1000).get()).data.filter(
        (e) => e.title.en === title.en,
      ),
    ).toHaveLength(1);
    expect((await db.collection('event_sessions').where({ eventId }).limit(10).get()).data).toHaveLength(1);
    expect(
      (await db.collection('audit_logs').where({ action: 'events.saveEvent', 'target.id': eventId }).limit(10).get()).data,
    ).toHaveLength(1);
  });
});

describe('an event cancellation', () => {
  it('the places given back, applied and its reply lost (sent again): given back once', async () => {
    const [leaving, staying] = [`lost-event-${(serial += 1)}`, `lost-event-${(serial += 1)}`];
    await consentFirst(cloud, [leaving, staying]);
    const events = callEvents(cloud);
    const saved = await events('saveEvent', eventInput({}, { capacity: 5 }), 'demo-operator', { requestId: eventRequestId() });
    const sessionId = saved.data.sessions[0].id as string;
    const signUps = [];
    for (const openId of [leaving, staying])
      signUps.push(await events('signUp', { sessionId, partySize: 2 }, openId, { requestId: eventRequestId() }));
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'event_sessions' }, 'reaches the cloud');
    const { reply } = await submit('events', leaving, {
      action: 'cancel',
      requestId: eventRequestId(),
      payload: { id: signUps[0].data.id },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    const session = (await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number };
    expect(session.taken).toBe(2);
  });
});

describe("an organiser's lottery draw", () => {
  it('its publication, applied and its reply lost (sent again): drawn, the winners placed', async () => {
    const entrants = [`lost-lottery-${(serial += 1)}`, `lost-lottery-${(serial += 1)}`];
    await consentFirst(cloud, entrants);
    const events = callEvents(cloud);
    const saved = await events('saveEvent', eventInput({ allocation: 'lottery' }, { capacity: 5 }), 'demo-operator', {
      requestId: eventRequestId(),
    });
    const sessionId = saved.data.sessions[0].id as string;
    for (const openId of entrants) await events('signUp', { sessionId, partySize: 2 }, openId, { requestId: eventRequestId() });
    await db
      .collection('events')
      .doc(saved.data.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'event_sessions' }, 'reaches the cloud');
    const { reply } = await submit('events', 'demo-operator', {
      action: 'drawLottery',
      requestId: eventRequestId(),
      payload: { sessionId },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { winners: 2, places: 4 } });
    const session = (await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number };
    expect(session.taken).toBe(4);
  });
});
