import { tick } from '../../../cloudfunctions/scheduler/tick';
import { PENDING_SUBMIT_GRACE_MS } from '../../../core/capacity/pending';
import { addDays, datesUntil } from '../../../core/dates';
import { now } from '../../support/clock';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import {
  addStation,
  callStays,
  dbOf,
  inDays,
  newPassport,
  nightCounters,
  requestId,
  seatApplication,
  talentApplication,
  type Db,
} from '../../support/stays';

/**
 * A status change cut short between its status write and its release (a crash, a timeout) leaves the application
 * in its new status, holding nothing by its own account (`held: null`), while the month counters still count its
 * places under it. Reproduced here by writing such a change's status write alone; the scheduler's run gives the
 * places back (cloudfunctions/scheduler/release-leftovers.ts), once, and never those of an application that holds
 * them or may hold them again.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
const OWNERS = ['leftover-1', 'leftover-2', 'leftover-3', 'leftover-4'];

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  await consentFirst(cloud, OWNERS);
});
afterAll(() => cloud.stop());

const heldOn = async (collection: 'stay_nights' | 'seat_days', stationId: string, dates: string[]) => {
  const buckets = await nightCounters(db, collection, stationId);
  return dates.map((d) => buckets.find((b) => b.held[d] !== undefined)?.held[d] ?? 0);
};
/** The status write of a change, without the release that should follow it. */
const statusWriteOnly = (collection: string, id: string, fields: Record<string, unknown>) =>
  db
    .collection(collection)
    .doc(id)
    .update({ ...fields, held: null });

async function stay(stationId: string, openId: string) {
  const reply = await callStays(cloud)('apply', talentApplication({ stationId, checkIn: inDays(20), nights: 2 }), openId, {
    requestId: requestId(),
  });
  expect(reply).toMatchObject({ ok: true, data: { status: 'pending' } });
  return { id: reply.data._id as string, dates: datesUntil(inDays(20), inDays(22)) };
}

it.each([
  ['cancelled', 'cancelled'],
  ['rejected', 'rejected'],
  ['expired', 'expired'],
])('a stay %s whose nights were not given back: the run gives them back, once', async (_case, status) => {
  const stationId = `leftover-beds-${status}`;
  await addStation(db, stationId, 1);
  const { id, dates } = await stay(stationId, OWNERS[0]);
  await statusWriteOnly('stay_applications', id, { status });
  expect(await heldOn('stay_nights', stationId, dates)).toEqual([1, 1]);

  expect((await tick(db, now())).leftoversReleased).toBe(1);
  expect(await heldOn('stay_nights', stationId, dates)).toEqual([0, 0]);
  expect((await tick(db, now())).leftoversReleased).toBe(0);
  // The bed is there to book again.
  expect((await stay(stationId, OWNERS[1])).dates).toEqual(dates);
});

it('a stay that holds its nights keeps them; a waitlisted one keeps them only while an offer may be running', async () => {
  const stationId = 'leftover-beds-kept';
  await addStation(db, stationId, 2);
  const holding = await stay(stationId, OWNERS[0]);
  const waiting = await stay(stationId, OWNERS[1]);
  // The waitlist's offer holds before it writes `offered`: a run in between must not take the nights away.
  await statusWriteOnly('stay_applications', waiting.id, { status: 'waitlisted' });
  expect((await tick(db, now())).leftoversReleased).toBe(0);
  expect(await heldOn('stay_nights', stationId, holding.dates)).toEqual([2, 2]);
  // Past the grace no offer can still be running: what is counted for the waitlisted stay is left over.
  expect((await tick(db, new Date(now().getTime() + PENDING_SUBMIT_GRACE_MS + 60_000))).leftoversReleased).toBe(1);
  expect(await heldOn('stay_nights', stationId, holding.dates)).toEqual([1, 1]);
  const buckets = await nightCounters(db, 'stay_nights', stationId);
  expect(buckets.some((b) => JSON.stringify(b).includes(waiting.id))).toBe(false);
});

describe("the person's claim", () => {
  const applyAs = (stationId: string, openId: string, passport: string) =>
    callStays(cloud)(
      'apply',
      talentApplication({
        stationId,
        checkIn: inDays(20),
        nights: 2,
        applicant: { name: 'Alex Chen', phone: '+8613800000000', identityDocument: { kind: 'passport', number: passport } },
      }),
      openId,
      { requestId: requestId() },
    );

  it.each([
    ['cancelled', { ok: true, data: { status: 'pending' } }],
    ['rejected', { ok: true, data: { status: 'pending' } }],
    // A no-show had its free stay: the person is refused as having used it, not as having an active application.
    ['no-show', { ok: false, error: { code: 'QUOTA_EXCEEDED', details: { rule: 'one-free-stay' } } }],
  ])('a stay %s whose claim was never released: the person may apply again as the rules allow', async (status, expected) => {
    const stationId = `leftover-claim-${status}`;
    await addStation(db, stationId, 2);
    const passport = newPassport();
    const first = await applyAs(stationId, OWNERS[0], passport);
    expect(first).toMatchObject({ ok: true, data: { status: 'pending' } });
    await statusWriteOnly('stay_applications', first.data._id, { status });
    expect(await applyAs(stationId, OWNERS[0], passport)).toMatchObject(expected);
    // Its nights were left counted too: the run gives them back.
    expect((await tick(db, now())).leftoversReleased).toBe(1);
  });

  it('a stay still active keeps the claim', async () => {
    await addStation(db, 'leftover-claim-active', 2);
    const passport = newPassport();
    expect(await applyAs('leftover-claim-active', OWNERS[1], passport)).toMatchObject({ ok: true });
    expect(await applyAs('leftover-claim-active', OWNERS[1], passport)).toMatchObject({
      ok: false,
      error: { code: 'QUOTA_EXCEEDED', details: { rule: 'one-active-application' } },
    });
  });
});

describe('seat days', () => {
  async function seats(stationId: string, openId: string) {
    await addStation(db, stationId, 0, 1);
    const { body } = await callFunction(
      cloud,
      'workspaces',
      { action: 'apply', payload: seatApplication({ stationId }), requestId: requestId() },
      openId,
    );
    expect(body).toMatchObject({ ok: true, data: { status: 'pending' } });
    const app = (await db.collection('seat_applications').doc(body.data._id).get()).data[0] as {
      _id: string;
      held: { first: string; end: string };
    };
    return { id: app._id, dates: datesUntil(app.held.first, app.held.end) };
  }

  it('a seat application cancelled: every day given back', async () => {
    const { id, dates } = await seats('leftover-seats-cancelled', OWNERS[2]);
    await statusWriteOnly('seat_applications', id, { status: 'cancelled' });
    expect((await tick(db, now())).leftoversReleased).toBe(1);
    expect(new Set(await heldOn('seat_days', 'leftover-seats-cancelled', dates))).toEqual(new Set([0]));
    // The team's claim was never released either: the team may apply again all the same.
    await seats('leftover-seats-again', OWNERS[2]);
  });

  it('a term ended early: the days after its last day given back, those up to it kept', async () => {
    const { id, dates } = await seats('leftover-seats-ended', OWNERS[3]);
    const lastDay = dates[9];
    await statusWriteOnly('seat_applications', id, { status: 'ended-early', endDate: addDays(lastDay, 1) });
    expect((await tick(db, now())).leftoversReleased).toBe(1);
    const held = await heldOn('seat_days', 'leftover-seats-ended', dates);
    expect(held).toEqual(dates.map((d) => (d <= lastDay ? 1 : 0)));
  });
});
