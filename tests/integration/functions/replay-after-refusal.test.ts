import { consentFirst } from '../../support/consent';
import { callEvents, eventInput, eventRequestId } from '../../support/events';
import { DEMO_CREDIT_CODE, apartmentApplication, callHousing } from '../../support/housing';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, callStays, dbOf, newPassport, requestId, talentApplication, type Db } from '../../support/stays';
import { callSupport, rentApplication } from '../../support/support';

/**
 * The `'by-handler'` submits (a stay's, an apartment's and a support application, an event sign-up) recognise a
 * retry where they write, after every check and rule. A retry refused before it gets there, by something that
 * changed since its first call was stored, is answered from what that call stored (the action's `replay`): the
 * person whose first reply was lost is not told they were refused. A new submit meeting the same refusal is refused.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let serial = 0;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
});
afterAll(() => cloud.stop());
afterEach(async () => {
  delete process.env.LOCAL_NOW;
  await db.collection('apartment_employers').doc(DEMO_CREDIT_CODE).update({ active: true });
});

const someone = async () => {
  serial += 1;
  const openId = `replayed-${serial}`;
  await consentFirst(cloud, [openId]);
  return openId;
};
const applicant = () => ({ name: '林晓', phone: '+8613800000000', identityDocument: { kind: 'passport', number: newPassport() } });

it('a stay applied for, then the station closed: the retry gets the application, a new submit NOT_FOUND', async () => {
  await addStation(db, 'station-closing', 4);
  const stays = callStays(cloud);
  const openId = await someone();
  const rid = requestId();
  const payload = talentApplication({ stationId: 'station-closing', applicant: applicant() });
  const first = await stays('apply', payload, openId, { requestId: rid });
  expect(first).toMatchObject({ ok: true, data: { status: 'pending' } });
  await db.collection('stations').doc('station-closing').update({ active: false });

  expect(await stays('apply', payload, openId, { requestId: rid })).toEqual(first);
  const other = await stays('apply', talentApplication({ stationId: 'station-closing', applicant: applicant() }), await someone(), {
    requestId: requestId(),
  });
  expect(other.error.code).toBe('NOT_FOUND');
});

it.each([
  {
    what: 'an apartment application',
    call: () => callHousing(cloud),
    action: 'apply',
    payload: () => apartmentApplication({ applicant: applicant() }),
  },
  {
    what: 'a support application',
    call: () => callSupport(cloud),
    action: 'applySupport',
    payload: () => rentApplication({ applicant: applicant() }),
  },
])('$what, then its employer struck off the register: the retry gets it, a new submit NOT_ELIGIBLE', async ({ call, action, payload }) => {
  const openId = await someone();
  const rid = requestId();
  const sent = payload();
  const first = await call()(action, sent, openId, { requestId: rid });
  expect(first.ok).toBe(true);
  await db.collection('apartment_employers').doc(DEMO_CREDIT_CODE).update({ active: false });

  expect(await call()(action, sent, openId, { requestId: rid })).toEqual(first);
  const other = await call()(action, payload(), await someone(), { requestId: requestId() });
  expect(other.error.code).toBe('NOT_ELIGIBLE');
});

it("an event sign-up, then the caller's next rate window filled: the retry gets the sign-up", async () => {
  const events = callEvents(cloud);
  const created = await events('saveEvent', eventInput(), 'demo-operator', { requestId: eventRequestId() });
  const sessionId = created.data.sessions[0].id as string;
  const openId = await someone();
  const rid = eventRequestId();
  const first = await events('signUp', { sessionId, partySize: 1 }, openId, { requestId: rid });
  expect(first).toMatchObject({ ok: true, data: { status: 'confirmed' } });

  // Two minutes on (a window is a minute): twenty other sign-ups fill that window (each counted, then refused).
  process.env.LOCAL_NOW = new Date(Date.now() + 120_000).toISOString();
  for (let i = 0; i < 20; i += 1)
    expect(
      (await events('signUp', { sessionId: 'ev-no-such-event-s1', partySize: 1 }, openId, { requestId: eventRequestId() })).error.code,
    ).toBe('NOT_FOUND');
  expect((await events('signUp', { sessionId, partySize: 1 }, openId, { requestId: eventRequestId() })).error.code).toBe('RATE_LIMITED');

  expect(await events('signUp', { sessionId, partySize: 1 }, openId, { requestId: rid })).toEqual(first);
});
