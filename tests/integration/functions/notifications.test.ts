import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { callStays, dbOf, file, inDays, newIdCard, requestId, talentApplication, type Db } from '../../support/stays';

/**
 * Notifications end to end: decisions on stays and seats write one in-app message each for the applicant, the app
 * records accepted subscriptions (`account.recordSubscriptions`), and the scheduler's sender delivers the outbox
 * through the node-sdk's `callWxOpenApi`, answered by the local cloud (local-cloud/wx/open-api.ts), which records
 * what it "sent" in `cloud.wxSent`. The mapping is configured here as a deployment would (SUBSCRIBE_TEMPLATES).
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let stays: ReturnType<typeof callStays>;

const TEMPLATES = {
  stay_approved: {
    id: 'tmpl-stay-result',
    page: 'pages/bookings/index',
    fields: { thing1: 'stationName', date2: 'checkIn', phrase3: '=已通过' },
  },
  stay_rejected: { id: 'tmpl-stay-result', fields: { thing1: 'stationName', date2: 'checkIn', phrase3: '=未通过', thing4: 'reason' } },
  seat_approved: { id: 'tmpl-seat-result', fields: { thing1: 'teamName', character_string2: 'seatNumbers' } },
  // The local cloud's answers for these ids: busy (retry), invalid template (give up), no subscription (43101).
  stay_offered: { id: 'local-busy-offer', fields: { thing1: 'stationName' } },
  stay_offer_expired: { id: 'local-invalid-offer', fields: { thing1: 'stationName' } },
  stay_waitlisted: { id: 'local-refused-waitlist', fields: { thing1: 'stationName' } },
};

const account = (action: string, payload: unknown, openId: string | null, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'account', { action, payload, ...extra }, openId).then((r) => r.body);
const record = (openId: string | null, accepted: string[]) =>
  account('recordSubscriptions', { accepted }, openId, { requestId: requestId() });
const seats = (action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  callFunction(cloud, 'workspaces', { action, payload, ...extra }, openId).then((r) => r.body);
const runScheduler = async () => {
  const { body } = await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin');
  if (!body.ok) throw new Error(JSON.stringify(body));
  return body.data.delivered as { sent: number; skipped: number; failed: number; retrying: number; interrupted: number };
};
const credits = async (openId: string) =>
  ((await db.collection('users').doc(openId).get()).data[0]?.noticeCredits ?? {}) as Record<string, number>;
const messagesOf = async (openId: string) => (await db.collection('messages').where({ recipient: openId }).limit(100).get()).data as any[];
const outboxDoc = async (id: string) => (await db.collection('outbox').doc(id).get()).data[0] as any;
const sentTo = (openId: string) => cloud.wxSent.filter((m) => m.touser === openId);

async function approvedStay(openId: string) {
  await consentFirst(cloud, [openId]);
  const applied = await stays('apply', talentApplication({ checkIn: inDays(30) }), openId, { requestId: requestId() });
  const id = applied.data._id as string;
  const approve = await stays('approve', { id }, 'demo-operator', { requestId: requestId() });
  expect(approve.data.status).toBe('approved');
  return id;
}

/** A notice queued by hand, as notify writes it, to drive the sender's other answers. */
async function queued(id: string, recipient: string, template: string) {
  await db.collection('outbox').add({
    _id: id,
    recipient,
    template,
    data: { stationName: { 'zh-CN': '测试驿站', en: 'Test' } },
    status: 'pending',
    attempts: 0,
    createdAt: new Date(),
  });
}

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  stays = callStays(cloud);
  process.env.SUBSCRIBE_TEMPLATES = JSON.stringify(TEMPLATES);
});
afterAll(async () => {
  delete process.env.SUBSCRIBE_TEMPLATES;
  await cloud.stop();
});

describe('account.recordSubscriptions', () => {
  it.each(['demo-applicant', 'demo-team', 'demo-employer', 'demo-operator', 'demo-unit', 'demo-admin', 'someone-new'])(
    '%s records their own accepts: each configured id once, unknown ids nothing',
    async (openId) => {
      const before = await credits(openId);
      const reply = await record(openId, ['tmpl-stay-result', 'tmpl-stay-result', 'not-configured']);
      expect(reply).toEqual({ ok: true, data: { credited: ['tmpl-stay-result'] } });
      expect(await credits(openId)).toEqual({ ...before, 'tmpl-stay-result': (before['tmpl-stay-result'] ?? 0) + 1 });
    },
  );

  it('needs a caller, a requestId and a well-formed list; identity never comes from the payload', async () => {
    expect((await record(null, ['tmpl-stay-result'])).error.code).toBe('UNAUTHENTICATED');
    expect((await account('recordSubscriptions', { accepted: ['tmpl-seat-result'] }, 'demo-team')).error.code).toBe('VALIDATION');
    expect((await record('demo-team', [])).error.code).toBe('VALIDATION');
    expect((await record('demo-team', ['has.dot'])).error.code).toBe('VALIDATION');
    const forged = await account('recordSubscriptions', { accepted: ['tmpl-seat-result'], openId: 'demo-applicant' }, 'demo-team', {
      requestId: requestId(),
    });
    expect(forged.error.code).toBe('VALIDATION');
    expect((await credits('demo-applicant'))['tmpl-seat-result']).toBeUndefined();
  });

  it('a retried call (same requestId) counts once', async () => {
    const rid = requestId();
    const call = () => account('recordSubscriptions', { accepted: ['tmpl-seat-result'] }, 'retry-user', { requestId: rid });
    await call();
    await call();
    expect(await credits('retry-user')).toEqual({ 'tmpl-seat-result': 1 });
  });
});

describe('decisions tell the applicant, once each', () => {
  it('stay approved: one message with the station and dates; a repeated approve adds nothing', async () => {
    const id = await approvedStay('notice-approved');
    expect((await stays('approve', { id }, 'demo-operator', { requestId: requestId() })).error.code).toBe('CONFLICT');
    const messages = await messagesOf('notice-approved');
    expect(messages).toEqual([
      expect.objectContaining({
        template: 'stay_approved',
        read: false,
        data: expect.objectContaining({
          applicationId: id,
          kind: 'stay',
          stationName: expect.objectContaining({ 'zh-CN': expect.any(String) }),
          checkIn: inDays(30),
          nights: 3,
        }),
      }),
    ]);
  });

  it('stay rejected (with the reason) and waitlisted: one message each', async () => {
    await consentFirst(cloud, ['notice-rejected', 'notice-waitlisted']);
    const a = (await stays('apply', talentApplication({ checkIn: inDays(31) }), 'notice-rejected', { requestId: requestId() })).data._id;
    const b = (await stays('apply', talentApplication({ checkIn: inDays(32) }), 'notice-waitlisted', { requestId: requestId() })).data._id;
    expect((await stays('reject', { id: a, reason: '材料不全' }, 'demo-operator', { requestId: requestId() })).data.status).toBe(
      'rejected',
    );
    expect((await stays('waitlist', { id: b }, 'demo-operator', { requestId: requestId() })).data.status).toBe('waitlisted');
    expect((await messagesOf('notice-rejected')).map((m) => [m.template, m.data.reason])).toEqual([['stay_rejected', '材料不全']]);
    expect((await messagesOf('notice-waitlisted')).map((m) => m.template)).toEqual(['stay_waitlisted']);
    // The applicant's own cancel tells nobody.
    expect((await stays('cancel', { id: b }, 'notice-waitlisted', { requestId: requestId() })).data.status).toBe('cancelled');
    expect(await messagesOf('notice-waitlisted')).toHaveLength(1);
  });

  it('nights freed for the waitlist: the first waiting applicant is told of the offer and its deadline, no one else', async () => {
    await db
      .collection('stations')
      .add({ _id: 'notice-tiny', name: { 'zh-CN': '小驿站', en: 'Tiny Station' }, beds: 1, seats: 0, active: true });
    await consentFirst(cloud, ['notice-first', 'notice-second', 'notice-third']);
    const at = { stationId: 'notice-tiny', checkIn: inDays(21), nights: 2 };
    const first = (await stays('apply', talentApplication(at), 'notice-first', { requestId: requestId() })).data._id;
    const second = (await stays('apply', talentApplication({ ...at, joinWaitlist: true }), 'notice-second', { requestId: requestId() }))
      .data._id;
    await stays('apply', talentApplication({ ...at, joinWaitlist: true }), 'notice-third', { requestId: requestId() });
    expect((await stays('cancel', { id: first }, 'notice-first', { requestId: requestId() })).data.status).toBe('cancelled');
    const offered = (await stays('get', { id: second }, 'notice-second')).data;
    expect(offered.status).toBe('offered');
    expect(await messagesOf('notice-second')).toEqual([
      expect.objectContaining({
        template: 'stay_offered',
        data: expect.objectContaining({
          applicationId: second,
          stationName: { 'zh-CN': '小驿站', en: 'Tiny Station' },
          offerExpiresAt: new Date(offered.offerExpiresAt).toISOString(),
        }),
      }),
    ]);
    expect(await messagesOf('notice-first')).toEqual([]);
    expect(await messagesOf('notice-third')).toEqual([]);
  });

  it('seats assigned, referred, rejected: one message each for the team leader', async () => {
    const team = (name: string) => ({
      stationId: 'station-pudong',
      seats: 1,
      months: 1,
      startDate: inDays(12),
      team: {
        name,
        leader: { name: '张创业', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
        members: [],
        projectSummary: '一个帮助人才找到住处的小程序',
      },
      documents: [file('business-plan')],
    });
    await consentFirst(cloud, ['notice-team-a', 'notice-team-b', 'notice-team-c']);
    const apply = async (openId: string, name: string) =>
      (await seats('apply', team(name), openId, { requestId: requestId() })).data._id as string;
    const a = await apply('notice-team-a', '甲团队');
    const b = await apply('notice-team-b', '乙团队');
    const c = await apply('notice-team-c', '丙团队');
    expect((await seats('assignSeats', { id: a, seatNumbers: [7] }, 'demo-operator', { requestId: requestId() })).data.status).toBe(
      'approved',
    );
    expect((await seats('refer', { id: b, incubator: '示例孵化器' }, 'demo-operator', { requestId: requestId() })).data.status).toBe(
      'referred',
    );
    expect((await seats('reject', { id: c, reason: '方向不符' }, 'demo-operator', { requestId: requestId() })).data.status).toBe(
      'rejected',
    );
    expect((await messagesOf('notice-team-a')).map((m) => [m.template, m.data.seatNumbers, m.data.teamName])).toEqual([
      ['seat_approved', '7', '甲团队'],
    ]);
    expect((await messagesOf('notice-team-b')).map((m) => [m.template, m.data.incubator])).toEqual([['seat_referred', '示例孵化器']]);
    expect((await messagesOf('notice-team-c')).map((m) => [m.template, m.data.reason])).toEqual([['seat_rejected', '方向不符']]);
  });
});

describe('the scheduler sends subscribe messages', () => {
  it('sends once to a subscribed applicant, taking their one credit; a second run sends nothing', async () => {
    expect((await record('notice-sent', ['tmpl-stay-result'])).ok).toBe(true);
    const id = await approvedStay('notice-sent');
    await runScheduler();
    expect(sentTo('notice-sent')).toEqual([
      expect.objectContaining({
        template_id: 'tmpl-stay-result',
        page: 'pages/bookings/index',
        data: { thing1: { value: expect.any(String) }, date2: { value: inDays(30) }, phrase3: { value: '已通过' } },
      }),
    ]);
    expect(await credits('notice-sent')).toEqual({ 'tmpl-stay-result': 0 });
    const [message] = await messagesOf('notice-sent');
    expect(message._id).toMatch(new RegExp(`^stay:${id}:approve:\\d+:notice-sent$`));
    expect(await outboxDoc(message._id)).toMatchObject({ status: 'sent', attempts: 1 });
    await runScheduler();
    expect(sentTo('notice-sent')).toHaveLength(1);
  });

  it('skips a notice whose recipient has no credit left, and a notice with no template', async () => {
    await approvedStay('notice-unsubscribed');
    await runScheduler();
    expect(sentTo('notice-unsubscribed')).toEqual([]);
    const [message] = await messagesOf('notice-unsubscribed');
    expect(await outboxDoc(message._id)).toMatchObject({ status: 'skipped', reason: 'no-subscription' });
    await queued('no-template-1', 'notice-unsubscribed', 'seat_expired');
    await runScheduler();
    expect(await outboxDoc('no-template-1')).toMatchObject({ status: 'skipped', reason: 'no-template' });
  });

  it('retries a busy answer on later runs, giving the credit back each time, then gives up as failed', async () => {
    await db.collection('users').add({
      _id: 'notice-busy',
      roles: ['applicant'],
      noticeCredits: { 'local-busy-offer': 1 },
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await queued('busy-1', 'notice-busy', 'stay_offered');
    for (const attempts of [1, 2]) {
      expect(await runScheduler()).toMatchObject({ retrying: 1 });
      expect(await outboxDoc('busy-1')).toMatchObject({ status: 'pending', attempts, lastError: { errcode: -1 } });
      expect(await credits('notice-busy')).toEqual({ 'local-busy-offer': 1 });
    }
    expect(await runScheduler()).toMatchObject({ failed: 1, retrying: 0 });
    expect(await outboxDoc('busy-1')).toMatchObject({ status: 'failed', attempts: 3, reason: 'give-up' });
    expect(await credits('notice-busy')).toEqual({ 'local-busy-offer': 1 });
    expect(await runScheduler()).toEqual({ sent: 0, skipped: 0, failed: 0, retrying: 0, interrupted: 0 });
    expect(sentTo('notice-busy')).toEqual([]);
  });

  it('gives up at once on an invalid template; a 43101 answer drops the credit it thought the user had', async () => {
    await db.collection('users').add({
      _id: 'notice-refused',
      roles: ['applicant'],
      noticeCredits: { 'local-invalid-offer': 1, 'local-refused-waitlist': 2 },
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await queued('invalid-1', 'notice-refused', 'stay_offer_expired');
    await queued('refused-1', 'notice-refused', 'stay_waitlisted');
    await runScheduler();
    expect(await outboxDoc('invalid-1')).toMatchObject({ status: 'failed', attempts: 1, lastError: { errcode: 40037 } });
    expect(await outboxDoc('refused-1')).toMatchObject({ status: 'skipped', reason: 'no-subscription', lastError: { errcode: 43101 } });
    expect(await credits('notice-refused')).toEqual({ 'local-invalid-offer': 1, 'local-refused-waitlist': 0 });
  });

  it('a notice queued before attempts were counted is sent like any other', async () => {
    await db.collection('users').add({
      _id: 'notice-legacy',
      roles: ['applicant'],
      noticeCredits: { 'tmpl-seat-result': 1 },
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await db.collection('outbox').add({
      _id: 'legacy-1',
      recipient: 'notice-legacy',
      template: 'seat_approved',
      data: { teamName: '旧团队', seatNumbers: '5' },
      status: 'pending',
      createdAt: new Date(),
    });
    await runScheduler();
    expect(await outboxDoc('legacy-1')).toMatchObject({ status: 'sent', attempts: 1 });
    expect(sentTo('notice-legacy')).toHaveLength(1);
  });

  it('a send interrupted mid-way is closed as failed after the timeout, never sent again', async () => {
    const claimedAt = new Date(Date.now() - 11 * 60_000);
    await db.collection('outbox').add({
      _id: 'interrupted-1',
      recipient: 'notice-legacy',
      template: 'seat_approved',
      data: { teamName: 'x' },
      status: 'sending',
      attempts: 1,
      createdAt: claimedAt,
      updatedAt: claimedAt,
    });
    await db.collection('outbox').add({
      _id: 'in-flight-1',
      recipient: 'notice-legacy',
      template: 'seat_approved',
      data: { teamName: 'x' },
      status: 'sending',
      attempts: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    expect(await runScheduler()).toMatchObject({ interrupted: 1, sent: 0 });
    expect(await outboxDoc('interrupted-1')).toMatchObject({ status: 'failed', reason: 'interrupted' });
    expect(await outboxDoc('in-flight-1')).toMatchObject({ status: 'sending' });
    expect(sentTo('notice-legacy')).toHaveLength(1);
  });

  it('three runs at once send each notice once and take one credit', async () => {
    await db.collection('users').add({
      _id: 'notice-race',
      roles: ['applicant'],
      noticeCredits: { 'tmpl-seat-result': 3 },
      createdAt: new Date(),
      updatedAt: new Date(),
    });
    await db.collection('outbox').add({
      _id: 'race-1',
      recipient: 'notice-race',
      template: 'seat_approved',
      data: { teamName: '并发团队', seatNumbers: '1, 2' },
      status: 'pending',
      attempts: 0,
      createdAt: new Date(),
    });
    await Promise.all([runScheduler(), runScheduler(), runScheduler()]);
    expect(sentTo('notice-race')).toEqual([
      expect.objectContaining({
        template_id: 'tmpl-seat-result',
        data: { thing1: { value: '并发团队' }, character_string2: { value: '1, 2' } },
      }),
    ]);
    expect(await credits('notice-race')).toEqual({ 'tmpl-seat-result': 2 });
    expect(await outboxDoc('race-1')).toMatchObject({ status: 'sent', attempts: 1 });
  });
});
