import { entryIdOf, everySignUp, signUpIdOf } from '../../../cloudfunctions/_shared/events/repository';
import { recountSessions } from '../../../cloudfunctions/_shared/events/recount';
import { remindEventSessions } from '../../../cloudfunctions/_shared/event-reminders';
import { PENDING_SUBMIT_GRACE_MS } from '../../../core/capacity/pending';
import { now } from '../../support/clock';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { startGateway, type GatewayRequest, type GatewayVerdict } from '../../support/gateway';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, type Db } from '../../support/stays';

/**
 * Sessions with more sign-ups than one database page holds (CloudBase answers at most 1000 documents a query; the
 * SDK clamps a larger limit): a popular lottery (the family camp), a big briefing (capacity up to 10 000). What
 * reads a session's sign-ups must read all of them.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let events: ReturnType<typeof callEvents>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  events = callEvents(cloud);
});
afterAll(() => cloud.stop());

/** An event of the demo station whose one session has `capacity` places, and its session's id. */
async function newSession(overrides: Record<string, unknown>, capacity: number) {
  const saved = await events('saveEvent', eventInput(overrides, { capacity }), 'demo-operator', { requestId: eventRequestId() });
  expect(saved.ok).toBe(true);
  return { event: saved.data, sessionId: saved.data.sessions[0].id as string };
}

/**
 * `n` sign-ups of the session in `status`, one place each, stored directly (signed up `at`), ranked one millisecond
 * apart unless `rankOf` says otherwise.
 */
async function storeSignUps(
  event: { id: string; stationId: string },
  sessionId: string,
  n: number,
  status: string,
  at: Date,
  rankOf = (i: number) => at.getTime() + i,
) {
  const docs = Array.from({ length: n }, (_, i) => {
    const id = signUpIdOf(sessionId, `${sessionId}-p${i}`);
    return {
      _id: id,
      sessionId,
      eventId: event.id,
      stationId: event.stationId,
      ownerId: `${sessionId}-p${i}`,
      name: '',
      entryId: entryIdOf(id),
      partySize: 1,
      status,
      answers: {},
      rank: rankOf(i),
      rating: null,
      signedUpAt: at,
      updatedAt: at,
    };
  });
  for (let i = 0; i < docs.length; i += 200) await db.collection('event_sign_ups').add(docs.slice(i, i + 200));
}

it('draws every entry of a lottery with more entries than a page holds', async () => {
  const entries = 1005;
  const { event, sessionId } = await newSession({ allocation: 'lottery' }, 3);
  await storeSignUps(event, sessionId, entries, 'entered', now());
  await db
    .collection('events')
    .doc(event.id)
    .update({ closesAt: new Date(now().getTime() - 60_000) });

  const drawn = await events('drawLottery', { sessionId }, 'demo-operator');
  expect(drawn.ok).toBe(true);
  expect(drawn.data.draw.order).toHaveLength(entries);
  expect(drawn.data.winners + drawn.data.waitlisted).toBe(entries);
  expect((await db.collection('event_sign_ups').where({ sessionId, status: 'entered' }).count()).total).toBe(0);
}, 120_000);

it("never recounts a session's places from only the first page of its sign-ups", async () => {
  const holders = 1200;
  const { event, sessionId } = await newSession({}, 2000);
  const longAgo = new Date(now().getTime() - PENDING_SUBMIT_GRACE_MS - 60 * 60_000);
  await storeSignUps(event, sessionId, holders, 'confirmed', longAgo);
  // The count agrees with the sign-ups, and nothing changed within the grace: there is nothing to put right.
  await db.collection('event_sessions').doc(sessionId).update({ taken: holders, countedAt: longAgo });

  await recountSessions(db as never, now());
  const session = (await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number };
  expect(session.taken).toBe(holders);
}, 120_000);

it("exports every sign-up of a session, not only the first page's", async () => {
  const holders = 1100;
  const { event, sessionId } = await newSession({}, 2000);
  await storeSignUps(event, sessionId, holders, 'confirmed', now());
  const exported = await events('exportSignUps', { sessionId }, 'demo-operator');
  expect(exported.ok).toBe(true);
  // A title line and the header line, then one line per sign-up.
  const lines = (exported.data.content as string).trim().split(/\r?\n/);
  expect(lines).toHaveLength(holders + 2);
}, 120_000);

it('reminds and messages every holder of a session, not only the first page of them', async () => {
  const holders = 1100;
  const { event, sessionId } = await newSession({}, 2000);
  await storeSignUps(event, sessionId, holders, 'confirmed', now());
  const last = `${sessionId}-p${holders - 1}`;
  const templatesOf = async (openId: string) =>
    ((await db.collection('messages').where({ recipient: openId }).limit(100).get()).data as Array<{ template: string }>).map(
      (m) => m.template,
    );

  const messaged = await events('messageAttendees', { sessionId, text: '明天见 See you tomorrow' }, 'demo-operator', {
    requestId: eventRequestId(),
  });
  expect(messaged.data.count).toBe(holders);
  expect(await templatesOf(last)).toContain('event_message');

  // The session starts within a day: the scheduler's reminder goes to every holder.
  await db
    .collection('event_sessions')
    .doc(sessionId)
    .update({ startsAt: new Date(now().getTime() + 2 * 60 * 60_000), endsAt: new Date(now().getTime() + 4 * 60 * 60_000) });
  await remindEventSessions(db as never, now());
  expect(await templatesOf(last)).toContain('event_reminder');
}, 120_000);

it('reads every sign-up once, though ranks tie across the end of a page and one changes status between pages', async () => {
  const entries = 1010;
  const { event, sessionId } = await newSession({ allocation: 'lottery' }, 3);
  const at = now();
  // Twenty signed up in the same millisecond, around the 1000th: a page ends among them.
  await storeSignUps(event, sessionId, entries, 'entered', at, (i) => at.getTime() + Math.min(i, 990));
  // Between the first page and the next, the first entry withdraws (as the draw reads them, say): the pages read
  // after it must neither skip an entry nor read one twice.
  const gateway = await startGateway(cloud.url);
  try {
    let reads = 0;
    const readsSignUps = (request: GatewayRequest) => {
      const body = JSON.parse(request.body.toString('utf8') || '{}') as { action?: string; collectionName?: string };
      return body.action === 'database.getDocument' && body.collectionName === 'event_sign_ups';
    };
    gateway.setRule(async (request): Promise<GatewayVerdict> => {
      if (readsSignUps(request) && (reads += 1) === 2)
        await db
          .collection('event_sign_ups')
          .doc(signUpIdOf(sessionId, `${sessionId}-p0`))
          .update({ status: 'cancelled' });
      return 'pass';
    });
    const read = await everySignUp(dbOf({ url: gateway.url }) as never, sessionId, 'entered');
    expect(reads).toBe(2);
    const ids = read.map((s) => s._id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(Array.from({ length: entries }, (_, i) => signUpIdOf(sessionId, `${sessionId}-p${i}`))));
    // In waitlist order: by rank, then by id among the tied.
    const order = read.map((s) => [s.rank, s._id] as const);
    expect(order).toEqual([...order].sort(([r1, a], [r2, b]) => r1 - r2 || (a < b ? -1 : a > b ? 1 : 0)));
  } finally {
    await gateway.close();
  }
}, 120_000);
