import { consentFirst } from '../../../support/consent';
import { callFunction } from '../../../support/local-cloud';
import { callStays, file, inDays, newIdCard, newPassport, requestId, talentApplication } from '../../../support/stays';
import { withUploads } from '../../../support/uploads';
import {
  cloud,
  db,
  expectStoredHoldingItsNights,
  loseReplyOf,
  months,
  one,
  setUp,
  stayId,
  stayState,
  submit,
  useLostReplies,
} from '../../../support/lost-replies';

/**
 * A write of a stay or seat submit, of an operator's seat assignment or of a status change, its reply lost. The
 * harness, and why: tests/support/lost-replies.ts.
 */
useLostReplies();

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
    leader: { name: 'Lead', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
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
            leader: { name: 'Lead', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
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
