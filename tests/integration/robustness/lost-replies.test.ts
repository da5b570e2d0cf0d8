import { createHash } from 'node:crypto';
import { LOCAL_ID_HASH_KEY } from '../../../cloudfunctions/_shared/config';
import { identityHash } from '../../../cloudfunctions/_shared/identity-hash';
import { holderKey, holdsByBucket, newBucket, type CapacityBucket } from '../../../core/capacity/buckets';
import { datesUntil } from '../../../core/dates';
import { consentFirst } from '../../support/consent';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { DEMO_CREDIT_CODE, apartmentApplication, storedApplication, storedBuilding, storedUnit } from '../../support/housing';
import { rentApplication } from '../../support/support';
import { inOneInstance, startGateway, type Gateway, type GatewayRequest, type GatewayVerdict } from '../../support/gateway';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, callStays, dbOf, file, inDays, newPassport, requestId, talentApplication, today, type Db } from '../../support/stays';
import { withUploads } from '../../support/uploads';

/**
 * A write whose reply is lost on the way back (the platform dropped the connection after the database applied it)
 * reaches the function as an error, or, on a kept-alive connection, is sent again by the SDK
 * (scripts/sdk-patches.ts), and the second time the database refuses it: the claim or the application exists, the
 * nights are held. Either way a submit must not hold what nobody has, nor undo what it stored: it tells its own
 * writes from others' (per-call tokens), looks for an application it was told it failed to insert, and gives back
 * nights whenever it asked for them. Here a gateway in front of the local cloud loses the reply of one chosen write;
 * a deployable bundle, in a process of its own (one warm instance), answers the submit.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let gateway: Gateway;
let db: Db;
let serial = 0;

beforeAll(async () => {
  cloud = await startTestCloud();
  gateway = await startGateway(cloud.url);
  db = dbOf(cloud);
});

afterAll(async () => {
  await gateway?.close();
  await cloud?.stop();
});

/** A write to the database; `containing`, a text its request must hold (a status it sets, say). */
type Write = { action: string; collection: string; containing?: string };
const isTarget = (request: GatewayRequest, target: Write): boolean => {
  if (request.url.split('?')[0] !== '/admin' || request.body.length === 0) return false;
  const text = request.body.toString();
  const body = JSON.parse(text) as { action?: string; collectionName?: string };
  return (
    body.action === target.action &&
    body.collectionName === target.collection &&
    (target.containing === undefined || text.includes(target.containing))
  );
};

/**
 * Loses the reply of the first `action` on `collection` that travels on a kept-alive connection (the SDK then sends
 * it again, on a new one). With `sentAgain: 'dropped too'` the request sent again is dropped too, before it reaches the
 * cloud; on its new connection the SDK gives up, and the error reaches the function.
 */
function loseReplyOf(target: Write, sentAgain: 'reaches the cloud' | 'dropped too'): () => number {
  let lost: Buffer | null = null;
  let resent = 0;
  gateway.setRule((request): GatewayVerdict => {
    if (!isTarget(request, target)) return 'pass';
    if (!lost && request.n > 1) {
      lost = request.body;
      return 'lose-reply';
    }
    if (lost && request.body.equals(lost)) {
      resent += 1;
      return sentAgain === 'dropped too' ? 'reset' : 'pass';
    }
    return 'pass';
  });
  return () => resent;
}

/** The few fields of stored documents these tests look at. */
interface Stored {
  _id: string;
  status?: string;
  active?: string | null;
  teamKey?: string;
  idHash?: string;
  kind?: string;
  applicationId?: string;
}
const one = async (collection: string, query: Record<string, unknown>) =>
  (await db.collection(collection).where(query).limit(1).get()).data[0] as Stored | undefined;
const months = async (collection: 'stay_nights' | 'seat_days', stationId: string) =>
  (await db.collection(collection).where({ stationId }).limit(10).get()).data as CapacityBucket[];

/** A station with one bed and its months open (so that the hold is the first write to them), and a caller. */
async function setUp(beds = 1, seats = 0) {
  serial += 1;
  const stationId = `station-lost-${serial}`;
  const openId = `lost-${serial}`;
  await addStation(db, stationId, beds, seats);
  const checkIn = inDays(40);
  const dates = datesUntil(checkIn, inDays(42));
  for (const collection of ['stay_nights', 'seat_days'])
    for (const { month } of holdsByBucket(stationId, datesUntil(inDays(10), inDays(45))))
      await db.collection(collection).add(newBucket(stationId, month, collection === 'stay_nights' ? beds : seats));
  await consentFirst(cloud, [openId]);
  return { stationId, openId, checkIn, dates, passport: newPassport() };
}

/**
 * One instance answers `event`, after a warm-up call (the same action with nothing filled in: refused, having read
 * the caller, so that a connection is kept alive).
 */
async function submit(fn: string, openId: string, event: { action: string; requestId: string; payload: unknown }) {
  const payload = await withUploads(cloud, openId, event.payload);
  const { replies, stderr } = await inOneInstance(
    cloud.url,
    fn,
    [
      { openId, event: { action: event.action, payload: {} } },
      { openId, event: { ...event, payload } },
    ],
    { adminUrl: `${gateway.url}/admin` },
  );
  gateway.setRule(() => 'pass');
  return { reply: replies[1], stderr };
}

const stayId = (openId: string, request: string) =>
  `stay-${createHash('sha256').update(`stays.apply:${openId}:${request}`).digest('hex').slice(0, 32)}`;

/** What the station's nights, the person's claim and the application say after a submit of `id`. */
async function stayState(stationId: string, id: string, dates: string[], passport: string) {
  const buckets = await months('stay_nights', stationId);
  const heldBy = (holder: string) => dates.map((d) => buckets.find((b) => b.holders?.[holderKey(holder, d)] !== undefined) !== undefined);
  const held = dates.map((d) => buckets.find((b) => b.held[d] !== undefined)?.held[d] as number);
  const claim = await one('stay_claims', { _id: identityHash({ kind: 'passport', number: passport }, LOCAL_ID_HASH_KEY) });
  return { held, heldByIt: heldBy(id), claimActive: claim?.active ?? null, stored: (await one('stay_applications', { _id: id }))?.status };
}

/** The application is stored pending, holds its two nights once, and is the person's active claim. */
async function expectStoredHoldingItsNights(s: Awaited<ReturnType<typeof setUp>>, request: string) {
  expect(await stayState(s.stationId, stayId(s.openId, request), s.dates, s.passport)).toEqual({
    held: [1, 1],
    heldByIt: [true, true],
    claimActive: stayId(s.openId, request),
    stored: 'pending',
  });
}

describe('a stay submit', () => {
  const apply = (s: Awaited<ReturnType<typeof setUp>>, request: string) =>
    submit('stays', s.openId, {
      action: 'apply',
      requestId: request,
      payload: talentApplication({
        stationId: s.stationId,
        checkIn: s.checkIn,
        nights: 2,
        applicant: { name: 'Alex Chen', phone: '+8613800000000', identityDocument: { kind: 'passport', number: s.passport } },
      }),
    });

  it.each([
    { step: "the person's claim", write: { action: 'database.insertDocument', collection: 'stay_claims' } },
    { step: 'the hold of the nights', write: { action: 'database.modifyDocument', collection: 'stay_nights' } },
    { step: "the application's insert", write: { action: 'database.insertDocument', collection: 'stay_applications' } },
  ] as const)(
    '$step, applied, its reply lost, sent again and refused by the database: the submit is stored, holding its nights once',
    async ({ write }) => {
      const s = await setUp();
      const request = requestId();
      const resent = loseReplyOf(write, 'reaches the cloud');
      const { reply, stderr } = await apply(s, request);
      expect(resent()).toBe(1);
      expect(stderr).toMatch(/\[TCB\] .* on a reused connection: sent again/);
      expect(reply).toMatchObject({ ok: true, data: { _id: stayId(s.openId, request), status: 'pending' } });
      await expectStoredHoldingItsNights(s, request);
    },
  );

  it("the application's insert, applied but answered by an error: the submit is stored, and keeps its nights and claim", async () => {
    const s = await setUp();
    const request = requestId();
    loseReplyOf({ action: 'database.insertDocument', collection: 'stay_applications' }, 'dropped too');
    const { reply, stderr } = await apply(s, request);
    // The SDK's slow-request timer of the failed insert was cleared (scripts/sdk-patches.ts): no false warning.
    expect(stderr).not.toMatch(/longer than 3s/);
    expect(reply).toMatchObject({ ok: true, data: { status: 'pending' } });
    await expectStoredHoldingItsNights(s, request);
  });

  it('the hold, applied but answered by an error: the submit fails, giving back the nights and the person', async () => {
    const s = await setUp();
    const request = requestId();
    loseReplyOf({ action: 'database.modifyDocument', collection: 'stay_nights' }, 'dropped too');
    const { reply } = await apply(s, request);
    expect(reply).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await stayState(s.stationId, stayId(s.openId, request), s.dates, s.passport)).toEqual({
      held: [0, 0],
      heldByIt: [false, false],
      claimActive: null,
      stored: undefined,
    });
    // Nothing is left to block the bed or the person: their next submit gets it.
    const again = await apply(s, requestId());
    expect(again.reply).toMatchObject({ ok: true, data: { status: 'pending' } });
  });
});

describe('a seat submit', () => {
  const team = () => ({
    name: 'Lost replies',
    leader: { name: 'Lead', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newPassport() } },
    members: [],
    projectSummary: 'A team whose replies get lost',
  });
  const apply = (s: Awaited<ReturnType<typeof setUp>>) =>
    submit('workspaces', s.openId, {
      action: 'apply',
      requestId: requestId(),
      payload: { stationId: s.stationId, seats: 2, months: 1, startDate: inDays(10), team: team(), documents: [file('business-plan')] },
    });
  const seatState = async (stationId: string, id: string | undefined) => {
    const app = await one('seat_applications', { _id: id });
    const buckets = await months('seat_days', stationId);
    const first = inDays(10);
    return {
      status: app?.status,
      heldOnFirstDay: buckets.find((b) => b.held[first] !== undefined)?.held[first],
      claimActive: app ? (await one('seat_claims', { _id: app.teamKey }))?.active === app._id : null,
    };
  };

  it.each([
    { step: 'its reply record', write: { action: 'database.insertDocument', collection: 'idempotency' }, sentAgain: 'reaches the cloud' },
    { step: "the team's claim", write: { action: 'database.insertDocument', collection: 'seat_claims' }, sentAgain: 'reaches the cloud' },
    {
      step: 'the hold of the seats',
      write: { action: 'database.modifyDocument', collection: 'seat_days' },
      sentAgain: 'reaches the cloud',
    },
    {
      step: "the application's insert",
      write: { action: 'database.insertDocument', collection: 'seat_applications' },
      sentAgain: 'reaches the cloud',
    },
    {
      step: "the application's insert",
      write: { action: 'database.insertDocument', collection: 'seat_applications' },
      sentAgain: 'dropped too',
    },
  ] as const)(
    '$step, applied and its reply lost (sent again: $sentAgain): the submit is stored, holding its seats once',
    async ({ write, sentAgain }) => {
      const s = await setUp(0, 4);
      const resent = loseReplyOf(write, sentAgain);
      const { reply } = await apply(s);
      // Dropped, it may be sent again more than once: on each kept-alive connection, then on a new one.
      expect(resent()).toBeGreaterThanOrEqual(1);
      expect(reply).toMatchObject({ ok: true, data: { status: 'pending' } });
      expect(await seatState(s.stationId, reply.data?._id)).toEqual({ status: 'pending', heldOnFirstDay: 2, claimActive: true });
    },
  );
});

describe("an operator's seat assignment", () => {
  it("the seat map's reservation, applied and its reply lost (sent again): approved, the seats reserved once", async () => {
    const s = await setUp(0, 4);
    await db.collection('seat_maps').add({ _id: s.stationId, versions: {}, taken: {} });
    const applied = await callFunction(
      cloud,
      'workspaces',
      {
        action: 'apply',
        requestId: requestId(),
        payload: await withUploads(cloud, s.openId, {
          stationId: s.stationId,
          seats: 2,
          months: 1,
          startDate: inDays(10),
          team: {
            name: 'Seats',
            leader: { name: 'Lead', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newPassport() } },
            members: [],
            projectSummary: 'A team whose seats get assigned',
          },
          documents: [file('business-plan')],
        }),
      },
      s.openId,
    );
    const id = applied.body.data._id as string;
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'seat_maps' }, 'reaches the cloud');
    const { reply } = await submit('workspaces', 'demo-admin', {
      action: 'assignSeats',
      requestId: requestId(),
      payload: { id, seatNumbers: [1, 2] },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'approved', seatNumbers: [1, 2] } });
    const map = (await db.collection('seat_maps').doc(s.stationId).get()).data[0] as { taken: Record<string, Record<string, unknown>> };
    expect(Object.keys(map.taken[id])).toHaveLength(1);
  });
});

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

describe("an application under a person's claim (apartments, support)", () => {
  // Each claim is the person's (apartments: the identity's keyed hash; support: its kind and that hash).
  const claimIdOf = (record: Stored) => (record.kind ? `${record.kind}:${record.idHash}` : (record.idHash ?? ''));
  it.each([
    {
      fn: 'housing',
      action: 'apply',
      write: 'apartment_claims',
      records: 'apartment_applications',
      claims: 'apartment_claims',
      payload: apartmentApplication,
    },
    {
      fn: 'housing',
      action: 'apply',
      write: 'apartment_applications',
      records: 'apartment_applications',
      claims: 'apartment_claims',
      payload: apartmentApplication,
    },
    {
      fn: 'support',
      action: 'applySupport',
      write: 'support_claims',
      records: 'support_applications',
      claims: 'support_claims',
      payload: rentApplication,
    },
    {
      fn: 'support',
      action: 'applySupport',
      write: 'support_applications',
      records: 'support_applications',
      claims: 'support_claims',
      payload: rentApplication,
    },
  ])(
    '$fn: the insert into $write, applied and its reply lost (sent again): stored, under its claim',
    async ({ fn, action, write, records, claims, payload }) => {
      serial += 1;
      const openId = `lost-claim-${serial}`;
      await consentFirst(cloud, [openId]);
      const resent = loseReplyOf({ action: 'database.insertDocument', collection: write }, 'reaches the cloud');
      const { reply } = await submit(fn, openId, { action, requestId: requestId(), payload: payload() });
      expect(reply.error).toBeUndefined();
      expect(resent()).toBe(1);
      const stored = await one(records, { _id: reply.data?._id });
      expect(stored).toBeDefined();
      expect((await one(claims, { _id: claimIdOf(stored!) }))?.applicationId).toBe(reply.data?._id);
    },
  );
});

describe("an operator's offer of an apartment", () => {
  it("the unit's period, applied and its reply lost (sent again): the household is offered, the unit held once", async () => {
    const now = new Date();
    const building = storedBuilding({ id: 'apt-lost', leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    await db.collection('apartment_units').add(storedUnit({ id: 'apt-lost-101', buildingId: building._id, now }));
    const app = storedApplication({
      id: 'apt-lost-waiting',
      buildingId: building._id,
      ownerId: 'lost-household',
      status: 'waiting',
      queuedAt: now,
      employerDueOn: inDays(-10),
    });
    await db.collection('apartment_applications').add(app);
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_units' }, 'reaches the cloud');
    const { reply } = await submit('housing', 'demo-admin', {
      action: 'offer',
      requestId: requestId(),
      payload: { unitId: 'apt-lost-101', start: inDays(10) },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { _id: app._id, status: 'offered' } });
    const unit = (await db.collection('apartment_units').doc('apt-lost-101').get()).data[0] as { periods: Array<{ holderId: string }> };
    expect(unit.periods.map((p) => p.holderId)).toEqual([app._id]);
    expect((await one('apartment_applications', { _id: app._id }))?.status).toBe('offered');
  });
});

describe("an admin's edit of an apartment unit", () => {
  it('the edit, applied and its reply lost (sent again): saved, its version moved on once', async () => {
    const now = new Date();
    const building = storedBuilding({ id: 'apt-lost-edit', leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    await db.collection('apartment_units').add(storedUnit({ id: 'apt-lost-edit-101', buildingId: building._id, now }));
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_units' }, 'reaches the cloud');
    const edit = { id: 'apt-lost-edit-101', buildingId: building._id, number: '101', floor: 1, type: 'one-room', status: 'maintenance' };
    const { reply } = await submit('housing', 'demo-admin', { action: 'saveUnit', requestId: requestId(), payload: edit });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { _id: edit.id, status: 'maintenance', version: 1 } });
    expect(await one('apartment_units', { _id: edit.id })).toMatchObject({ status: 'maintenance', version: 1 });
  });
});

describe("a household's viewing", () => {
  it.each([
    { step: "the slot's place", write: { action: 'database.modifyDocument', collection: 'apartment_viewings' } },
    { step: "the application's viewing", write: { action: 'database.modifyDocument', collection: 'apartment_applications' } },
  ])('$step, applied and its reply lost (sent again): booked, one place taken', async ({ write }) => {
    serial += 1;
    const now = new Date();
    const building = storedBuilding({ id: `apt-viewing-${serial}`, leaseMonths: 12, now });
    await db.collection('apartment_buildings').add(building);
    const offer = { unitId: `${building._id}-101`, start: inDays(10), end: inDays(375), offeredOn: inDays(0), expiresOn: inDays(3) };
    const app = storedApplication({
      id: `${building._id}-offered`,
      buildingId: building._id,
      ownerId: `lost-viewer-${serial}`,
      status: 'offered',
      queuedAt: now,
      employerDueOn: inDays(-10),
      offer,
    });
    await db.collection('apartment_applications').add(app);
    await consentFirst(cloud, [app.ownerId]);
    const resent = loseReplyOf(write, 'reaches the cloud');
    const slot = { date: inDays(1), time: '10:00' };
    const { reply } = await submit('housing', app.ownerId, {
      action: 'bookViewing',
      requestId: requestId(),
      payload: { id: app._id, ...slot },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { application: { viewing: slot }, slot: { booked: 1 } } });
    const stored = (await db.collection('apartment_viewings').where({ buildingId: building._id, date: slot.date }).limit(1).get()).data[0];
    expect(stored).toMatchObject({ count: 1, bookings: [app._id] });
  });
});

describe("an operator's support decision", () => {
  const applySupport = async (openId: string) =>
    (
      await callFunction(
        cloud,
        'support',
        { action: 'applySupport', requestId: requestId(), payload: await withUploads(cloud, openId, rentApplication()) },
        openId,
      )
    ).body;
  const newRenter = async () => {
    serial += 1;
    const openId = `lost-support-${serial}`;
    await consentFirst(cloud, [openId]);
    return openId;
  };

  it('the rejection, applied and its reply lost (sent again): rejected, and the person may apply again', async () => {
    const openId = await newRenter();
    const applied = await applySupport(openId);
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'support_applications' }, 'reaches the cloud');
    const { reply } = await submit('support', 'demo-operator', {
      action: 'rejectSupport',
      requestId: requestId(),
      payload: { id: applied.data._id, reason: '劳动合同已到期' },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'rejected' } });
    expect((await applySupport(openId)).data?.status).toBe('submitted');
  });

  it("a month's payment, inserted and its reply lost (sent again): recorded once", async () => {
    const applied = await applySupport(await newRenter());
    const id = applied.data._id as string;
    const approved = await callFunction(
      cloud,
      'support',
      { action: 'approveSupport', requestId: requestId(), payload: { id } },
      'demo-operator',
    );
    expect(approved.body.ok).toBe(true);
    const resent = loseReplyOf({ action: 'database.insertDocument', collection: 'support_disbursements' }, 'reaches the cloud');
    const month = today().slice(0, 7);
    const { reply } = await submit('support', 'demo-operator', {
      action: 'recordDisbursement',
      requestId: requestId(),
      payload: { id, month, paidOn: today(), reference: 'LOST-1' },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { disbursements: [{ month, reference: 'LOST-1' }] } });
  });
});

describe("an employer's block of apartments", () => {
  const applyBlock = async () =>
    (
      await callFunction(
        cloud,
        'tenancies',
        {
          action: 'applyBlock',
          requestId: requestId(),
          payload: {
            creditCode: DEMO_CREDIT_CODE,
            buildingId: 'apt-zhangjiang',
            unitType: 'one-room',
            units: 2,
            start: inDays(10),
            months: 6,
          },
        },
        'demo-employer',
      )
    ).body.data._id as string;

  it("the operator's claim on it, applied and its reply lost (sent again): allocated, its units held", async () => {
    const blockId = await applyBlock();
    const unitIds = ['apt-zhangjiang-302', 'apt-zhangjiang-303'];
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_blocks' }, 'reaches the cloud');
    const { reply } = await submit('tenancies', 'demo-operator', {
      action: 'allocateBlock',
      requestId: requestId(),
      payload: { id: blockId, unitIds },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'allocated' } });
    for (const unitId of unitIds) {
      const unit = (await db.collection('apartment_units').doc(unitId).get()).data[0] as { periods: Array<{ holderId: string }> };
      expect(unit.periods.map((p) => p.holderId.startsWith(blockId))).toEqual([true]);
    }
  });

  it("the household's claim, inserted and its reply lost (sent again): the tenant is named", async () => {
    const blockId = await applyBlock();
    const unitIds = ['apt-zhangjiang-402', 'apt-zhangjiang-403'];
    const allocated = await callFunction(
      cloud,
      'tenancies',
      { action: 'allocateBlock', payload: { id: blockId, unitIds } },
      'demo-operator',
    );
    expect(allocated.body.ok).toBe(true);
    const tenant = { name: '何书桓', phone: '13800001111', identityDocument: { kind: 'passport' as const, number: newPassport() } };
    await consentFirst(cloud, ['demo-employer']);
    const resent = loseReplyOf({ action: 'database.insertDocument', collection: 'apartment_claims' }, 'reaches the cloud');
    const { reply } = await submit('tenancies', 'demo-employer', {
      action: 'nameTenant',
      requestId: requestId(),
      payload: { id: blockId, unitId: unitIds[0], tenant },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'allocated' } });
    const claim = await one('apartment_claims', { _id: identityHash(tenant.identityDocument, LOCAL_ID_HASH_KEY) });
    expect(claim?.applicationId).toBe(`${blockId}-1`);
  });
});

describe("a tenant's renewal", () => {
  it("the lease's renewal, applied and its reply lost (sent again): renewed, and the unit's period extended with it", async () => {
    const leaseId = 'lease-apt-demo-lease-1';
    const lease = async () => (await db.collection('apartment_leases').doc(leaseId).get()).data[0] as { end: string; unitId: string };
    const before = await lease();
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'apartment_leases' }, 'reaches the cloud');
    const { reply } = await submit('housing', 'demo-tenant-1', { action: 'requestRenewal', requestId: requestId(), payload: { leaseId } });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { months: 24 } });
    const after = await lease();
    expect(after.end > before.end).toBe(true);
    const unit = (await db.collection('apartment_units').doc(before.unitId).get()).data[0] as { periods: Array<{ end: string }> };
    expect(unit.periods.map((p) => p.end)).toEqual([after.end]);
  });
});

describe('a status change (compare-and-set), applied and its reply lost (sent again)', () => {
  const stays = () => callStays(cloud);
  const applyFor = async (s: Awaited<ReturnType<typeof setUp>>, openId: string, passport: string, joinWaitlist: boolean) => {
    const applicant = { name: 'Alex Chen', phone: '+8613800000000', identityDocument: { kind: 'passport', number: passport } };
    const payload = talentApplication({ stationId: s.stationId, checkIn: s.checkIn, nights: 2, applicant, joinWaitlist });
    const reply = await stays()('apply', await withUploads(cloud, openId, payload), openId, { requestId: requestId() });
    return reply.data._id as string;
  };

  it.each([
    { step: "the holder's cancellation", containing: 'cancelled' },
    { step: "the freed nights' offer to the waitlist", containing: 'offered' },
  ])('$step: the nights go to the waitlisted applicant, held once', async ({ containing }) => {
    const s = await setUp();
    const next = { openId: `${s.openId}-next`, passport: newPassport() };
    await consentFirst(cloud, [next.openId]);
    const holder = await applyFor(s, s.openId, s.passport, false);
    const waiting = await applyFor(s, next.openId, next.passport, true);
    expect((await one('stay_applications', { _id: waiting }))?.status).toBe('waitlisted');
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'stay_applications', containing }, 'reaches the cloud');
    const { reply } = await submit('stays', s.openId, { action: 'cancel', requestId: requestId(), payload: { id: holder } });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'cancelled' } });
    expect(await stayState(s.stationId, waiting, s.dates, next.passport)).toEqual({
      held: [1, 1],
      heldByIt: [true, true],
      claimActive: waiting,
      stored: 'offered',
    });
  });
});

describe('a step of a service request', () => {
  const requests = async (openId: string, action: string, payload: unknown) =>
    (await callFunction(cloud, 'requests', { action, payload, requestId: requestId() }, openId)).body;
  // This month's counters of the unit (`core/kpi/counters.ts`).
  const accepted = async () =>
    (
      (
        await db
          .collection('kpi_counters')
          .doc(`m:${today().slice(0, 7)}:unit-hrss`)
          .get()
      ).data[0] as { accepted?: number } | undefined
    )?.accepted ?? 0;

  it.each([
    { step: 'the request', write: { action: 'database.modifyDocument', collection: 'requests' } },
    { step: "its unit's counters", write: { action: 'database.modifyDocument', collection: 'kpi_counters' } },
  ])('$step, applied and its reply lost (sent again): accepted, and counted once', async ({ write }) => {
    await consentFirst(cloud, ['demo-applicant']);
    const { data } = await requests('demo-applicant', 'submit', { category: 'policy', title: '丢失的回复', body: '内容' });
    await requests('demo-operator', 'triage', { id: data.id, tier: 5, leadUnitId: 'unit-hrss' });
    await requests('demo-operator', 'dispatch', { id: data.id });
    const before = await accepted();
    const resent = loseReplyOf(write, 'reaches the cloud');
    const { reply } = await submit('requests', 'demo-unit', { action: 'accept', requestId: requestId(), payload: { id: data.id } });
    // A counter refused as already counting the event may be asked again once more, after its insert is refused.
    expect(resent()).toBeGreaterThanOrEqual(1);
    expect(reply).toMatchObject({ ok: true, data: { status: 'in_progress' } });
    const stored = (await db.collection('requests').doc(data.id).get()).data[0] as { timeline: Array<{ type: string }> };
    expect(stored.timeline.filter((entry) => entry.type === 'accept')).toHaveLength(1);
    expect(await accepted()).toBe(before + 1);
  });
});

describe('WeChat message credits', () => {
  // A deployment's template mapping (SUBSCRIBE_TEMPLATES), read by the bundles as they load.
  const TEMPLATE = 'tmpl-lost-reply';
  const credits = async (openId: string) =>
    ((await db.collection('users').doc(openId).get()).data[0] as { noticeCredits?: Record<string, number> }).noticeCredits?.[TEMPLATE];
  beforeAll(() => {
    process.env.SUBSCRIBE_TEMPLATES = JSON.stringify({
      stay_approved: {
        id: TEMPLATE,
        page: 'pages/bookings/index',
        fields: { thing1: 'stationName', date2: 'checkIn', phrase3: '=已通过' },
      },
    });
  });
  afterAll(() => {
    delete process.env.SUBSCRIBE_TEMPLATES;
  });

  it("a subscription's credit, applied and its reply lost (sent again): counted once", async () => {
    const openId = `lost-credit-${(serial += 1)}`;
    await consentFirst(cloud, [openId]);
    const resent = loseReplyOf(
      { action: 'database.modifyDocument', collection: 'users', containing: 'noticeCredits' },
      'reaches the cloud',
    );
    const { reply } = await submit('account', openId, {
      action: 'recordSubscriptions',
      requestId: requestId(),
      payload: { accepted: [TEMPLATE] },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { credited: [TEMPLATE] } });
    expect(await credits(openId)).toBe(1);
  });

  it("the sender's take of a credit, applied and its reply lost (sent again): sent, one credit taken", async () => {
    const openId = `lost-credit-${(serial += 1)}`;
    await consentFirst(cloud, [openId]);
    await db
      .collection('users')
      .doc(openId)
      .update({ noticeCredits: { [TEMPLATE]: 2 } });
    // The oldest pending notice, so that the sender takes its credit before any other's.
    const noticeId = `notice-lost-${serial}`;
    await db.collection('outbox').add({
      _id: noticeId,
      recipient: openId,
      template: 'stay_approved',
      data: { stationName: '人才驿站', checkIn: today() },
      status: 'pending',
      createdAt: new Date('2000-01-01T00:00:00Z'),
    });
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'users', containing: TEMPLATE }, 'reaches the cloud');
    const { replies } = await inOneInstance(cloud.url, 'scheduler', [{ openId: 'demo-admin', event: { action: 'run' } }], {
      adminUrl: `${gateway.url}/admin`,
    });
    gateway.setRule(() => 'pass');
    expect(resent()).toBe(1);
    expect(replies[0]).toMatchObject({ ok: true });
    expect(((await db.collection('outbox').doc(noticeId).get()).data[0] as { status: string }).status).toBe('sent');
    expect(await credits(openId)).toBe(1);
  });
});

describe("a retry taking over a dead call's submit", () => {
  it('the take-over of its claim, applied and its reply lost (sent again): the retry goes on', async () => {
    const openId = `lost-takeover-${(serial += 1)}`;
    await consentFirst(cloud, [openId]);
    const request = requestId();
    // The claim of a call that died 10 minutes ago (cloudfunctions/_shared/idempotency.ts).
    const key = `account.recordSubscriptions:${openId}:${request}`;
    await db.collection('idempotency').add({ _id: key, state: 'pending', createdAt: new Date(Date.now() - 10 * 60_000), call: 'dead' });
    const resent = loseReplyOf({ action: 'database.modifyDocument', collection: 'idempotency' }, 'reaches the cloud');
    const { reply } = await submit('account', openId, {
      action: 'recordSubscriptions',
      requestId: request,
      payload: { accepted: ['tmpl-none'] },
    });
    expect(resent()).toBe(1);
    expect(reply).toMatchObject({ ok: true, data: { credited: [] } });
    expect(await one('idempotency', { _id: key })).toMatchObject({ state: 'done' });
  });
});
