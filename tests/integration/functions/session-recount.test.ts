import { takePlaces } from '../../../cloudfunctions/_shared/events/repository';
import { tick } from '../../../cloudfunctions/scheduler/tick';
import { PENDING_SUBMIT_GRACE_MS } from '../../../core/capacity/pending';
import { now } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { startTestCloud } from '../../support/local-cloud';
import { dbOf, type Db } from '../../support/stays';

/**
 * A change of an event session's places cut short between its two writes (a crash, a timeout) leaves the session's
 * count (`taken`) wrong: places taken for a sign-up never stored, or a cancellation written whose places were never
 * given back. Reproduced here by making one of the two writes alone; the scheduler's run puts the count right
 * (cloudfunctions/_shared/events/recount.ts) once no change can still be running, and never before.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  await consentFirst(cloud, ['recount-1', 'recount-2']);
});
afterAll(() => cloud.stop());

const taken = async (sessionId: string) =>
  ((await db.collection('event_sessions').doc(sessionId).get()).data[0] as { taken: number }).taken;
const signUp = async (sessionId: string, openId: string, partySize: number) => {
  const reply = await callEvents(cloud)('signUp', { sessionId, partySize }, openId, { requestId: eventRequestId() });
  expect(reply).toMatchObject({ ok: true, data: { status: 'confirmed' } });
  return reply.data.id as string;
};

it("puts a session's count right once no change can still be running", async () => {
  const saved = await callEvents(cloud)('saveEvent', eventInput({}, { capacity: 5 }), 'demo-operator', { requestId: eventRequestId() });
  const sessionId = saved.data.sessions[0].id as string;
  await signUp(sessionId, 'recount-1', 2);
  const cancelled = await signUp(sessionId, 'recount-2', 1);
  // A take whose sign-up was never stored, and a cancellation whose places were never given back.
  expect(await takePlaces(db, sessionId, 1, now())).toBe(true);
  await db.collection('event_sign_ups').doc(cancelled).update({ status: 'cancelled', updatedAt: now() });
  expect(await taken(sessionId)).toBe(4);

  // Either may be a change still running: nothing is touched yet.
  expect((await tick(db, now())).sessionsRecounted).toBe(0);
  expect(await taken(sessionId)).toBe(4);

  const later = new Date(now().getTime() + PENDING_SUBMIT_GRACE_MS + 60_000);
  expect((await tick(db, later)).sessionsRecounted).toBe(1);
  expect(await taken(sessionId)).toBe(2);
  expect((await tick(db, later)).sessionsRecounted).toBe(0);
  // The places are there to sign up for again.
  expect((await callEvents(cloud)('get', { id: saved.data.id }, 'recount-2')).data.sessions[0]).toMatchObject({ free: 3 });
});
