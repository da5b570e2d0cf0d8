import { HOLDING_STATUSES } from '../../../core/events/model';
import { consentFirst } from '../../support/consent';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, type Db } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let events: ReturnType<typeof callEvents>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  events = callEvents(cloud);
});
afterAll(() => cloud.stop());

const CAPACITY = 20;
type Reply = { ok: boolean; data?: { id: string; status: string; partySize: number }; error?: { code: string } };

const callers = async (prefix: string, n: number) => {
  const ids = Array.from({ length: n }, (_, i) => `${prefix}-${i}`);
  await consentFirst(cloud, ids);
  return ids;
};
const newSession = async (capacity = CAPACITY) => {
  const reply = await events('saveEvent', eventInput({ maxPartySize: 3 }, { capacity }), 'demo-operator', {
    requestId: eventRequestId(),
  });
  return reply.data.sessions[0].id as string;
};
const signUp = (sessionId: string, openId: string, partySize: number): Promise<Reply> =>
  events('signUp', { sessionId, partySize }, openId, { requestId: eventRequestId() });

const tally = (replies: Reply[]) => {
  const counts: Record<string, number> = {};
  for (const r of replies) {
    const key = r.ok ? r.data!.status : r.error!.code;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

/** The session's `taken` is exactly the parties holding places, and never over the capacity. */
async function expectInvariant(sessionId: string) {
  const session = (await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number; capacity: number };
  const { data } = await db.collection('event_sign_ups').where({ sessionId }).limit(1000).get();
  const signUps = data as Array<{ status: string; partySize: number; ownerId: string }>;
  const held = signUps.filter((s) => (HOLDING_STATUSES as readonly string[]).includes(s.status)).reduce((n, s) => n + s.partySize, 0);
  expect({ taken: session.taken, held }).toEqual({ taken: held, held });
  expect(session.taken).toBeLessThanOrEqual(session.capacity);
  // One sign-up per person per session.
  expect(new Set(signUps.map((s) => s.ownerId)).size).toBe(signUps.length);
  return { taken: session.taken, signUps };
}

describe(`200 simultaneous sign-ups and cancellations on one session of ${CAPACITY} places`, () => {
  it('confirms parties only while they fit, waitlists the rest, never over capacity', async () => {
    const sessionId = await newSession();
    const people = await callers('evr-a', 200);
    const replies = await Promise.all(people.map((p, i) => signUp(sessionId, p, 1 + (i % 3))));
    const counts = tally(replies);
    expect(Object.keys(counts).sort()).toEqual(['confirmed', 'waitlisted']);
    const confirmed = replies.filter((r) => r.data?.status === 'confirmed').reduce((n, r) => n + r.data!.partySize, 0);
    const { taken } = await expectInvariant(sessionId);
    expect(taken).toBe(confirmed);
    // A party of one was among the last 150 to ask: the session cannot be left with a place free.
    expect(taken).toBe(CAPACITY);
  });

  it('holds while every holder cancels and 100 others sign up at the same time, the waitlist being offered places', async () => {
    const sessionId = await newSession();
    const holders = await callers('evr-h', 60);
    const first = await Promise.all(holders.map((p, i) => signUp(sessionId, p, 1 + (i % 3))));
    const holding = first.map((r, i) => [r, holders[i]] as const).filter(([r]) => r.data?.status === 'confirmed');
    expect(holding.length).toBeGreaterThan(0);
    const newcomers = await callers('evr-n', 100);
    const race = await Promise.all([
      ...holding.map(([r, who]) => events('cancel', { id: r.data!.id }, who) as Promise<Reply>),
      ...newcomers.map((p, i) => signUp(sessionId, p, 1 + (i % 3))),
    ]);
    expect(tally(race.slice(0, holding.length))).toEqual({ cancelled: holding.length });
    expect(Object.keys(tally(race.slice(holding.length))).every((k) => k === 'confirmed' || k === 'waitlisted')).toBe(true);
    const { signUps, taken } = await expectInvariant(sessionId);
    // The freed places went to someone: racing newcomers or, in order, the waitlist.
    expect(taken).toBeGreaterThan(0);
    expect(signUps.filter((s) => s.status === 'offered').length + signUps.filter((s) => s.status === 'confirmed').length).toBeGreaterThan(
      0,
    );
  });

  it('the same person tapping 5 times at once: one sign-up, its places counted once', async () => {
    const sessionId = await newSession();
    const people = await callers('evr-t', 20);
    const replies = await Promise.all(people.flatMap((p) => Array.from({ length: 5 }, () => signUp(sessionId, p, 1))));
    const counts = tally(replies);
    // A tap that found the places held by the same person's other taps is waitlisted, then offered them back.
    expect((counts.confirmed ?? 0) + (counts.waitlisted ?? 0) + (counts.offered ?? 0)).toBe(20);
    expect(Object.keys(counts).every((k) => ['confirmed', 'waitlisted', 'offered', 'NOT_ELIGIBLE', 'CONFLICT'].includes(k))).toBe(true);
    const { signUps, taken } = await expectInvariant(sessionId);
    expect(signUps).toHaveLength(20);
    expect(taken).toBe(20);
  });
});

describe('one sign-up sent ten times at once (a tap retried while the first call is still at work)', () => {
  // With room for the party once only, the calls that found no place write it waitlisted, and may write first.
  it.each([CAPACITY, 3])('on %i places: one sign-up, its places taken once, every call answered that sign-up', async (capacity) => {
    const sessionId = await newSession(capacity);
    const [who] = await callers(`evr-twin-${capacity}`, 1);
    const requestId = eventRequestId();
    const replies: Reply[] = await Promise.all(
      Array.from({ length: 10 }, () => events('signUp', { sessionId, partySize: 3 }, who, { requestId })),
    );
    const ids = new Set(replies.filter((r) => r.ok).map((r) => r.data!.id));
    expect(ids.size).toBe(1);
    expect(replies.filter((r) => !r.ok)).toEqual([]);
    const { taken, signUps } = await expectInvariant(sessionId);
    // Holding its places, confirmed (or offered them, when the places went back before its twin could confirm it).
    expect({ taken, signUps: signUps.length, holds: ['confirmed', 'offered'].includes(signUps[0].status) }).toEqual({
      taken: 3,
      signUps: 1,
      holds: true,
    });
    // Sent again later: the same sign-up, nothing taken again.
    expect((await events('signUp', { sessionId, partySize: 3 }, who, { requestId })).data.id).toBe([...ids][0]);
    expect((await expectInvariant(sessionId)).taken).toBe(3);
  });
});

describe('a lottery drawn while entrants cancel', () => {
  it('never over capacity; every place a cancellation gives back goes to the next drawn, or is offered on', async () => {
    const reply = await events('saveEvent', eventInput({ allocation: 'lottery', maxPartySize: 3 }, { capacity: 10 }), 'demo-operator', {
      requestId: eventRequestId(),
    });
    const sessionId = reply.data.sessions[0].id as string;
    const entrants = await callers('evr-lot', 40);
    const entries = await Promise.all(entrants.map((p, i) => signUp(sessionId, p, 1 + (i % 3))));
    await db
      .collection('events')
      .doc(reply.data.id)
      .update({ closesAt: new Date(Date.now() - 60_000) });
    // Every fourth entrant withdraws while the draw runs.
    const leaving = entries.map((e, i) => [e, entrants[i]] as const).filter((_, i) => i % 4 === 0);
    const [drawn, ...cancelled] = await Promise.all([
      events('drawLottery', { sessionId }, 'demo-operator'),
      ...leaving.map(([e, who]) => events('cancel', { id: e.data!.id }, who) as Promise<Reply>),
    ]);
    expect(drawn.ok).toBe(true);
    expect(tally(cancelled)).toEqual({ cancelled: leaving.length });
    const { signUps, taken } = await expectInvariant(sessionId);
    expect(signUps.filter((s) => s.status === 'entered')).toEqual([]);
    // Parties of one were among those waiting: no place is left free beside them.
    const waiting = signUps.filter((s) => s.status === 'waitlisted');
    if (waiting.some((s) => s.partySize === 1)) expect(taken).toBe(10);
  });
});
