import { tick } from '../../../cloudfunctions/scheduler/tick';
import { PENDING_SUBMIT_GRACE_MS } from '../../../core/capacity/pending';
import { datesUntil } from '../../../core/dates';
import { consentFirst } from '../../support/consent';
import { startTestCloud } from '../../support/local-cloud';
import { addStation, callStays, dbOf, inDays, nightCounters, requestId, talentApplication, type Db } from '../../support/stays';

/**
 * A submit killed between its hold and its insert (a crash, a timeout) is left as: a claim on the person carrying
 * the submit's pending record (one write), places held by its application id — and no application. Reproduced here
 * by storing an application and then taking the application away: its pending record is still on the claim, as the
 * killed call would have left it.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  await consentFirst(cloud, ['abandon-1', 'abandon-2', 'abandon-3']);
});
afterAll(() => cloud.stop());

const one = async (collection: string, id: string) => (await db.collection(collection).where({ _id: id }).limit(1).get()).data[0] as any;
const heldOn = async (stationId: string, dates: string[]) => {
  const buckets = await nightCounters(db, 'stay_nights', stationId);
  return dates.map((d) => buckets.find((b: any) => b.held[d] !== undefined)?.held[d] ?? 0);
};

async function abandonedStay(openId: string, stationId: string) {
  const event = { requestId: requestId() };
  const payload = talentApplication({ stationId, checkIn: inDays(30), nights: 2 });
  const stored = await stays('apply', payload, openId, event);
  expect(stored.ok).toBe(true);
  const app = await one('stay_applications', stored.data._id);
  await db.collection('stay_applications').doc(app._id).remove();
  const dates = datesUntil(app.held.first, app.held.end);
  // The submit's own record is still on the claim (the scheduler drops it after the grace); none of its own.
  expect(await one('stay_claims', app.idHash)).toMatchObject({
    active: app._id,
    pending: { kind: 'stay', id: app._id, program: app.program, stationId, dates },
  });
  expect(await one('pending_submits', app._id)).toBeUndefined();
  return { app, dates, retry: () => stays('apply', payload, openId, event) };
}

it('gives back the places and the claim of a submit that died midway, once it cannot still be running; the retry then succeeds', async () => {
  await addStation(db, 'abandon-beds', 1);
  const { app, dates, retry } = await abandonedStay('abandon-1', 'abandon-beds');
  expect(await heldOn('abandon-beds', dates)).toEqual([1, 1]);

  // The app's retry (same requestId) while nothing is stored: "still being processed", nothing created twice.
  expect((await retry()).error.code).toBe('CONFLICT');
  // A second person finds the only bed taken.
  expect(
    (
      await stays('apply', talentApplication({ stationId: 'abandon-beds', checkIn: inDays(30), nights: 2 }), 'abandon-2', {
        requestId: requestId(),
      })
    ).error.code,
  ).toBe('NO_CAPACITY');

  // Within the grace the submit might still be running: nothing is touched.
  expect((await tick(db, new Date(Date.now() + PENDING_SUBMIT_GRACE_MS - 60_000))).submitsRecovered).toBe(0);
  expect(await heldOn('abandon-beds', dates)).toEqual([1, 1]);

  const later = new Date(Date.now() + PENDING_SUBMIT_GRACE_MS + 60_000);
  expect((await tick(db, later)).submitsRecovered).toBe(1);
  expect(await heldOn('abandon-beds', dates)).toEqual([0, 0]);
  expect(await one('stay_claims', app.idHash)).toMatchObject({ active: null });
  expect((await one('stay_claims', app.idHash)).pending).toBeUndefined();
  // A second run gives nothing back twice.
  expect((await tick(db, later)).submitsRecovered).toBe(0);
  expect(await heldOn('abandon-beds', dates)).toEqual([0, 0]);

  // The retry now stores the application, under the same id, holding the bed once.
  const again = await retry();
  expect(again).toMatchObject({ ok: true, data: { _id: app._id, status: 'pending' } });
  expect(await heldOn('abandon-beds', dates)).toEqual([1, 1]);
  // Its record is dropped after the grace, and nothing is given back: the application is stored.
  expect((await tick(db, new Date(Date.now() + 2 * PENDING_SUBMIT_GRACE_MS))).submitsRecovered).toBe(0);
  expect(await one('stay_claims', app.idHash)).toMatchObject({ active: app._id });
  expect((await one('stay_claims', app.idHash)).pending).toBeUndefined();
  expect(await heldOn('abandon-beds', dates)).toEqual([1, 1]);
});

it('still undoes a stay submit that died with a record of its own (written before the record moved onto the claim)', async () => {
  await addStation(db, 'abandon-old', 1);
  const { app, dates } = await abandonedStay('abandon-3', 'abandon-old');
  // What the earlier code left: the record in pending_submits, none on the claim.
  await db.collection('stay_claims').doc(app.idHash).update({ pending: db.command.remove() });
  await db.collection('pending_submits').add({
    _id: app._id,
    kind: 'stay',
    stationId: 'abandon-old',
    dates,
    n: 1,
    claim: { idHash: app.idHash, program: app.program },
    at: new Date(),
  });

  expect((await tick(db, new Date(Date.now() + PENDING_SUBMIT_GRACE_MS + 60_000))).submitsRecovered).toBe(1);
  expect(await heldOn('abandon-old', dates)).toEqual([0, 0]);
  expect(await one('stay_claims', app.idHash)).toMatchObject({ active: null });
  expect(await one('pending_submits', app._id)).toBeUndefined();
});

it('only drops the record of a submit whose application was stored; a retry within the grace answers the stored one', async () => {
  await addStation(db, 'abandon-kept', 3);
  const event = { requestId: requestId() };
  const payload = talentApplication({ stationId: 'abandon-kept', checkIn: inDays(31), nights: 2 });
  const stored = await stays('apply', payload, 'abandon-2', event);
  const app = await one('stay_applications', stored.data._id);
  const dates = datesUntil(app.held.first, app.held.end);
  expect(await stays('apply', payload, 'abandon-2', event)).toMatchObject({ ok: true, data: { _id: app._id } });
  expect(await heldOn('abandon-kept', dates)).toEqual([1, 1]);

  expect((await tick(db, new Date(Date.now() + PENDING_SUBMIT_GRACE_MS + 60_000))).submitsRecovered).toBe(0);
  expect(await heldOn('abandon-kept', dates)).toEqual([1, 1]);
  expect(await one('stay_claims', app.idHash)).toMatchObject({ active: app._id });
  expect((await one('stay_claims', app.idHash)).pending).toBeUndefined();
});
