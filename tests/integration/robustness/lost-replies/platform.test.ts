import { consentFirst } from '../../../support/consent';
import { inOneInstance } from '../../../support/gateway';
import { callFunction } from '../../../support/local-cloud';
import { requestId, today } from '../../../support/stays';
import { cloud, db, gateway, loseReplyOf, one, submit, useLostReplies } from '../../../support/lost-replies';

/**
 * A write of a service request's step, of WeChat message credits or of a submit's reply record, its reply lost. The
 * harness, and why: tests/support/lost-replies.ts.
 */
useLostReplies();
let serial = 0;

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
    const { data } = await requests('demo-applicant', 'submit', { category: 'policy', title: '丢失的回复', body: '想了解落户的办理材料' });
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
