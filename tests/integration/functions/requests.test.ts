import tcb from '@cloudbase/node-sdk';
import { calendarSet } from '../../../core/calendar';
import calendar2026 from '../../../core/calendar/years/2026.json';
import { deadlineFor } from '../../../core/requests';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let seq = 0;
/** Actions that need a requestId; the helper gives them a fresh one unless one is given. */
const IDEMPOTENT = new Set(['addInfo', 'askForInfo', 'rate']);
/** Calls requests.<action>. */
const call = async (openId: string | null, action: string, payload?: unknown, requestId?: string) =>
  (
    await callFunction(
      cloud,
      'requests',
      { action, payload, requestId: requestId ?? (IDEMPOTENT.has(action) ? `${action}-${(seq += 1)}-xxxxxxxx` : undefined) },
      openId,
    )
  ).body;
const submitAs = (openId: string, payload: Record<string, unknown> = {}) =>
  call(
    openId,
    'submit',
    { category: 'housing', title: '人才公寓申请进度', body: '申请已提交一个月，想了解进度。', ...payload },
    `submit-${(seq += 1)}-xxxxxxxx`,
  );

/** A description that meets core's minimum (REQUEST_BODY_MIN), so each refusal below is for one field only. */
const BODY = '想了解人才公寓的申请进度';

const db = () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
const HANDLER = {
  hrss: 'demo-unit',
  education: 'unit-education-handler',
  health: 'unit-health-handler',
};

beforeAll(async () => {
  cloud = await startTestCloud();
  const now = new Date();
  const users = db().collection('users');
  for (const [unitId, openId] of [
    ['unit-education', HANDLER.education],
    ['unit-health', HANDLER.health],
  ]) {
    await users.doc(openId).set({
      roles: ['applicant', 'unit'],
      unitId,
      stationId: null,
      locale: 'zh-CN',
      displayName: openId,
      consents: [],
      appId: null,
      unionId: null,
      createdAt: now,
      updatedAt: now,
    });
  }
  // The applicants below submit, add information and rate (personal data), or are told NOT_FOUND rather than
  // asked to consent.
  await consentFirst(cloud, ['demo-applicant', 'demo-team']);
});
afterAll(() => cloud.stop());

const expectError = (reply: any, code: string) => expect(reply).toMatchObject({ ok: false, error: { code } });

describe('requests: the whole life of a request, by every role', () => {
  let id: string;

  it('an applicant submits; a retry with the same requestId creates nothing twice', async () => {
    const payload = { category: 'housing', title: '人才公寓', body: '请问人才公寓的入住流程', attachments: ['cloud://env/a.pdf'] };
    const first = await call('demo-applicant', 'submit', payload, 'retry-same-id-123');
    expect(first).toMatchObject({
      ok: true,
      data: { status: 'submitted', category: 'housing', timeline: [{ type: 'submit', by: { role: 'applicant' } }] },
    });
    const again = await call('demo-applicant', 'submit', payload, 'retry-same-id-123');
    expect(again.data.id).toBe(first.data.id);
    id = first.data.id;
    const mine = await call('demo-applicant', 'mine');
    expect(mine.data.items.filter((i: any) => i.id === id)).toHaveLength(1);
  });

  it.each([
    ['no requestId', { category: 'housing', title: 't', body: BODY }, undefined, 'requestId'],
    ['an unknown category', { category: 'nope', title: 't', body: BODY }, 'r-unknown-category', 'category'],
    ['a 41-character title', { category: 'housing', title: 'x'.repeat(41), body: BODY }, 'r-long-title', 'title'],
    ['a 1001-character body', { category: 'housing', title: 't', body: 'x'.repeat(1001) }, 'r-long-body-1', 'body'],
    [
      'seven attachments',
      { category: 'housing', title: 't', body: BODY, attachments: Array(7).fill('cloud://f') },
      'r-seven-files',
      'attachments',
    ],
    ['an empty body', { category: 'housing', title: 't', body: '  ' }, 'r-empty-body', 'body'],
  ])('submit refuses %s with VALIDATION', async (_title, payload, requestId, path) => {
    const reply = await call('demo-applicant', 'submit', payload, requestId);
    expectError(reply, 'VALIDATION');
    expect(reply.error.issues.map((i: any) => i.path)).toContain(path);
  });

  it.each([
    ['zh-CN', '至少填写 10 个字'],
    ['en', 'At least 10 characters'],
  ] as const)(
    'submit refuses a description shorter than 10 characters after trimming, in %s, and stores nothing',
    async (locale, message) => {
      const { total: before } = await db().collection('requests').where({ applicantId: 'demo-team' }).count();
      for (const [n, body] of ['b', '  求助  ', '123456789'].entries()) {
        const { body: reply } = await callFunction(
          cloud,
          'requests',
          { action: 'submit', payload: { category: 'housing', title: '求助', body }, requestId: `r-short-${locale}-${n}-xxxxxxxx`, locale },
          'demo-team',
        );
        expect(reply).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'body', message }] } });
      }
      expect((await db().collection('requests').where({ applicantId: 'demo-team' }).count()).total).toBe(before);
    },
  );

  it('nobody else can see it yet, and an applicant cannot triage', async () => {
    expectError(await call('demo-team', 'get', { id }), 'NOT_FOUND');
    expectError(await call('demo-unit', 'get', { id }), 'NOT_FOUND');
    expectError(await call('demo-applicant', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss' }), 'FORBIDDEN');
  });

  it('the operator sees it in the queue and triages it (unknown units refused)', async () => {
    const queue = await call('demo-operator', 'queue');
    expect(queue.data.items.map((i: any) => i.id)).toContain(id);
    expectError(await call('demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-nowhere' }), 'VALIDATION');
    expectError(await call('demo-operator', 'triage', { id, tier: 6, leadUnitId: 'unit-hrss' }), 'VALIDATION');
    expectError(await call('demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss', coUnitIds: ['unit-hrss'] }), 'VALIDATION');
    const triaged = await call('demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss', coUnitIds: ['unit-education'] });
    expect(triaged).toMatchObject({
      ok: true,
      data: { status: 'triaged', tier: 5, leadUnitId: 'unit-hrss', coUnitIds: ['unit-education'] },
    });
  });

  it('dispatch sets the deadline to the end of the 5th working day (Asia/Shanghai)', async () => {
    expectError(await call('demo-unit', 'dispatch', { id }), 'FORBIDDEN');
    const before = new Date();
    const dispatched = await call('demo-operator', 'dispatch', { id });
    expect(dispatched.data.status).toBe('dispatched');
    const expected = deadlineFor({ from: before, workingDays: 5, calendars: calendarSet([calendar2026]) });
    expect(dispatched.data.dueDate).toBe(expected.dueDate);
    expect(dispatched.data.dueAt).toBe(expected.dueAt.toISOString());
    expectError(await call('demo-operator', 'dispatch', { id }), 'CONFLICT');
  });

  it('only the units of the request see it; another unit is told it does not exist', async () => {
    expect((await call('demo-unit', 'inbox')).data.items.find((i: any) => i.id === id)).toMatchObject({ role: 'lead' });
    expect((await call(HANDLER.education, 'inbox')).data.items.find((i: any) => i.id === id)).toMatchObject({ role: 'co' });
    expect((await call(HANDLER.health, 'inbox')).data.items.map((i: any) => i.id)).not.toContain(id);
    expectError(await call(HANDLER.health, 'get', { id }), 'NOT_FOUND');
    expectError(await call(HANDLER.health, 'accept', { id }), 'NOT_FOUND');
    expectError(await call(HANDLER.health, 'note', { id, text: '看看' }), 'NOT_FOUND');
    expectError(await call('demo-applicant', 'inbox'), 'FORBIDDEN');
  });

  it('a co-unit cannot accept; the lead unit accepts once', async () => {
    expectError(await call(HANDLER.education, 'accept', { id }), 'FORBIDDEN');
    expect((await call('demo-unit', 'accept', { id })).data.status).toBe('in_progress');
    expectError(await call('demo-unit', 'accept', { id }), 'CONFLICT');
  });

  it('internal notes reach staff but never the applicant', async () => {
    expect((await call(HANDLER.education, 'note', { id, text: '内部：需核对档案' })).ok).toBe(true);
    expectError(await call('demo-applicant', 'note', { id, text: 'x' }), 'FORBIDDEN');
    const staff = await call('demo-operator', 'get', { id });
    expect(staff.data.timeline.map((e: any) => e.type)).toContain('note');
    const own = await call('demo-applicant', 'get', { id });
    expect(own.data.timeline.map((e: any) => e.type)).toEqual(['submit', 'triage', 'dispatch', 'accept']);
    expect(JSON.stringify(own.data)).not.toContain('内部');
    expect(JSON.stringify(own.data)).not.toContain('demo-unit');
  });

  it('the applicant adds information; strangers cannot', async () => {
    const added = await call('demo-applicant', 'addInfo', { id, text: '补充：已上传社保证明', attachments: ['cloud://env/b.pdf'] });
    // The test helper uploads the named files as the caller first (tests/support/uploads.ts): their IDs are the stored ones.
    expect(added.data.attachments).toEqual([
      expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/demo-applicant\//),
      expect.stringMatching(/uploads\/demo-applicant\//),
    ]);
    expect(new Set(added.data.attachments).size).toBe(2);
    expectError(await call('demo-team', 'addInfo', { id, text: 'x' }), 'NOT_FOUND');
  });

  it('the lead unit asks for an extension once; the operator grants it and the deadline moves on', async () => {
    expectError(await call(HANDLER.education, 'requestExtension', { id, days: 3, reason: '需会商' }), 'FORBIDDEN');
    expectError(await call('demo-operator', 'grantExtension', { id, grant: true }), 'CONFLICT');
    expect((await call('demo-unit', 'requestExtension', { id, days: 3, reason: '需跨部门核实' })).data.extension).toMatchObject({
      days: 3,
      status: 'pending',
    });
    expectError(await call('demo-unit', 'requestExtension', { id, days: 3, reason: 'again' }), 'CONFLICT');
    const queued = await call('demo-operator', 'queue', { statuses: ['in_progress'] });
    expect(queued.data.items.find((i: any) => i.id === id)).toMatchObject({ extensionPending: true });
    expect((await call('demo-applicant', 'mine')).data.items.find((i: any) => i.id === id).extensionPending).toBeUndefined();
    const before = (await call('demo-operator', 'get', { id })).data.dueDate;
    expectError(await call('demo-unit', 'grantExtension', { id, grant: true }), 'FORBIDDEN');
    const granted = await call('demo-operator', 'grantExtension', { id, grant: true, days: 2 });
    const expected = deadlineFor({ from: before, workingDays: 2, calendars: calendarSet([calendar2026]) });
    expect(granted.data).toMatchObject({ dueDate: expected.dueDate, extension: { status: 'granted', days: 2 } });
  });

  it('the operator schedules a consultation and records its minutes (internal)', async () => {
    expectError(
      await call('demo-unit', 'scheduleConsultation', { id, at: '2026-12-01T02:00:00Z', unitIds: ['unit-hrss'], topic: 't' }),
      'FORBIDDEN',
    );
    const scheduled = await call('demo-operator', 'scheduleConsultation', {
      id,
      at: '2026-12-01T10:00:00+08:00',
      unitIds: ['unit-hrss', 'unit-education'],
      topic: '落户材料会商',
    });
    expect(scheduled.data.consultations).toEqual([
      expect.objectContaining({ id: 'c1', status: 'scheduled', scheduledFor: '2026-12-01T02:00:00.000Z' }),
    ]);
    expectError(await call('demo-operator', 'recordConsultation', { id, consultationId: 'c9', minutes: 'x' }), 'NOT_FOUND');
    const held = await call('demo-operator', 'recordConsultation', { id, consultationId: 'c1', minutes: '会议纪要：同意办理' });
    expect(held.data.consultations[0]).toMatchObject({ status: 'held', minutes: '会议纪要：同意办理' });
    const own = await call('demo-applicant', 'get', { id });
    expect(own.data.consultations).toEqual([{ id: 'c1', scheduledFor: '2026-12-01T02:00:00.000Z', status: 'held' }]);
    expect(JSON.stringify(own.data)).not.toContain('会议纪要');
  });

  it('resolve needs a reply and the lead unit', async () => {
    expectError(await call('demo-unit', 'resolve', { id }), 'VALIDATION');
    expectError(await call(HANDLER.education, 'resolve', { id, reply: 'x' }), 'FORBIDDEN');
    const resolved = await call('demo-unit', 'resolve', { id, reply: '已为您办理完毕。' });
    expect(resolved.data).toMatchObject({ status: 'resolved', reply: '已为您办理完毕。' });
    expect(resolved.data.timeline.at(-1)).toMatchObject({ type: 'resolve', data: { onTime: true, workingDays: 0 } });
  });

  it('an unsatisfied rating reopens once; the second one closes', async () => {
    expectError(await call('demo-team', 'rate', { id, score: 1, satisfied: false }), 'NOT_FOUND');
    expectError(await call('demo-applicant', 'rate', { id, score: 6, satisfied: true }), 'VALIDATION');
    const reopened = await call('demo-applicant', 'rate', { id, score: 2, satisfied: false, comment: '没有解决' });
    expect(reopened.data).toMatchObject({ status: 'in_progress', reopenCount: 1 });
    await call('demo-unit', 'resolve', { id, reply: '重新办理完毕。' });
    const closed = await call('demo-applicant', 'rate', { id, score: 3, satisfied: false });
    expect(closed.data).toMatchObject({ status: 'closed', rating: { score: 3, satisfied: false } });
    expectError(await call('demo-applicant', 'rate', { id, score: 5, satisfied: true }), 'CONFLICT');
    expectError(await call('demo-applicant', 'addInfo', { id, text: 'x' }), 'CONFLICT');
  });

  it('every step is in the audit log', async () => {
    const { data } = await db().collection('audit_logs').where({ 'target.id': id }).limit(100).get();
    expect(new Set(data.map((e: any) => e.action))).toEqual(
      new Set([
        'requests.submit',
        'requests.triage',
        'requests.dispatch',
        'requests.accept',
        'requests.note',
        'requests.addInfo',
        'requests.requestExtension',
        'requests.grantExtension',
        'requests.scheduleConsultation',
        'requests.recordConsultation',
        'requests.resolve',
        'requests.reopen',
        'requests.rate',
      ]),
    );
  });
});

describe('requests: return (退单) and re-dispatch to another unit', () => {
  it('a return needs a reason, goes back to triage, and the new lead unit takes over', async () => {
    const { data } = await submitAs('demo-team', { category: 'education' });
    const id = data.id;
    await call('demo-operator', 'triage', { id, tier: 7, leadUnitId: 'unit-hrss' });
    await call('demo-operator', 'dispatch', { id });
    expectError(await call('demo-unit', 'return', { id }), 'VALIDATION');
    const returned = await call('demo-unit', 'return', { id, reason: '不属于本单位职责' });
    expect(returned.data).toMatchObject({ status: 'returned', dueAt: null });
    expect((await call('demo-operator', 'queue')).data.items.map((i: any) => i.id)).toContain(id);
    expect((await call('demo-team', 'get', { id })).data.timeline.at(-1)).toMatchObject({
      type: 'return',
      text: '不属于本单位职责',
      by: { role: 'unit', unitId: 'unit-hrss' },
    });
    await call('demo-operator', 'triage', { id, tier: 7, leadUnitId: 'unit-education' });
    await call('demo-operator', 'dispatch', { id });
    expectError(await call('demo-unit', 'get', { id }), 'NOT_FOUND');
    expect((await call(HANDLER.education, 'accept', { id })).data.status).toBe('in_progress');
  });
});

describe('requests: asking the applicant for information (askForInfo), answered by addInfo', () => {
  let id: string;
  const question = '请补充近三个月的社保缴纳证明';
  const messagesOf = async (recipient: string, template: string) =>
    (await db().collection('messages').where({ recipient }).limit(100).get()).data.filter(
      (m: any) => m.template === template && m.data.requestId === id,
    );

  beforeAll(async () => {
    id = (await submitAs('demo-team', { category: 'housing' })).data.id;
    await call('demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss', coUnitIds: ['unit-education'] });
    await call('demo-operator', 'dispatch', { id });
  });

  it('nobody may ask before the lead unit accepts (CONFLICT), and a question needs text and a requestId', async () => {
    expectError(await call('demo-unit', 'askForInfo', { id, question }), 'CONFLICT');
    expect((await call('demo-unit', 'accept', { id })).data.status).toBe('in_progress');
    expectError(await call('demo-unit', 'askForInfo', { id, question: '  ' }), 'VALIDATION');
    expectError(await call('demo-unit', 'askForInfo', { id, question: 'x'.repeat(301) }), 'VALIDATION');
    const noRequestId = (await callFunction(cloud, 'requests', { action: 'askForInfo', payload: { id, question } }, 'demo-unit')).body;
    expectError(noRequestId, 'VALIDATION');
    expect(noRequestId.error.issues.map((i: any) => i.path)).toEqual(['requestId']);
  });

  it.each([
    ['the applicant (owner)', 'demo-team', 'FORBIDDEN'],
    ['another applicant', 'demo-applicant', 'FORBIDDEN'],
    ['a co-unit handler', HANDLER.education, 'FORBIDDEN'],
    ['a handler of an unrelated unit', HANDLER.health, 'NOT_FOUND'],
    ['nobody signed in', null, 'UNAUTHENTICATED'],
  ])('%s may not ask: %s', async (_who, openId, code) => {
    expectError(await call(openId, 'askForInfo', { id, question }), code);
  });

  it('the lead unit asks; a retry with the same requestId asks once and notifies once', async () => {
    const asked = await call('demo-unit', 'askForInfo', { id, question }, 'ask-once-123456');
    expect(asked).toMatchObject({
      ok: true,
      data: { status: 'in_progress', openQuestion: { text: question, by: { role: 'unit', openId: 'demo-unit', unitId: 'unit-hrss' } } },
    });
    expect(await call('demo-unit', 'askForInfo', { id, question }, 'ask-once-123456')).toEqual(asked);
    const staff = await call('demo-operator', 'get', { id });
    expect(staff.data.timeline.filter((e: any) => e.type === 'askForInfo')).toHaveLength(1);
    expect(await messagesOf('demo-team', 'info_requested')).toEqual([
      expect.objectContaining({ read: false, data: { requestId: id, title: '人才公寓申请进度' } }),
    ]);
  });

  it('asking again while the question is open is refused, by the unit and by an operator', async () => {
    const again = await call('demo-unit', 'askForInfo', { id, question: '还有别的问题' });
    expectError(again, 'CONFLICT');
    expect(again.error.message).toContain('等待答复');
    expectError(await call('demo-operator', 'askForInfo', { id, question: '还有别的问题' }), 'CONFLICT');
  });

  it('the applicant sees the question (no handler identity), and their list says it needs their information', async () => {
    const own = await call('demo-team', 'get', { id });
    expect(own.data.openQuestion).toEqual({ text: question, askedAt: expect.any(String), by: { role: 'unit', unitId: 'unit-hrss' } });
    expect(own.data.timeline.at(-1)).toMatchObject({ type: 'askForInfo', text: question, by: { role: 'unit', unitId: 'unit-hrss' } });
    expect(JSON.stringify(own.data)).not.toContain('demo-unit');
    expect((await call('demo-team', 'mine')).data.items.find((i: any) => i.id === id)).toMatchObject({ awaitingInfo: true });
    expect((await call('demo-unit', 'inbox')).data.items.find((i: any) => i.id === id)).toMatchObject({ awaitingInfo: true });
  });

  it('the applicant answers: the question closes, the answer names it, and the lead unit is told', async () => {
    const answer = await call('demo-team', 'addInfo', { id, text: '已上传社保证明' }, 'answer-once-1234');
    expect(answer.data.openQuestion).toBeNull();
    expect(answer.data.timeline.at(-1)).toMatchObject({
      type: 'addInfo',
      text: '已上传社保证明',
      data: { question, askedAt: expect.any(String) },
    });
    // The same answer retried adds nothing.
    expect(await call('demo-team', 'addInfo', { id, text: '已上传社保证明' }, 'answer-once-1234')).toEqual(answer);
    expect((await call('demo-team', 'get', { id })).data.timeline.filter((e: any) => e.type === 'addInfo')).toHaveLength(1);
    expect((await call('demo-unit', 'inbox')).data.items.find((i: any) => i.id === id)).toMatchObject({ awaitingInfo: false });
    expect(await messagesOf('demo-unit', 'info_added')).toHaveLength(1);
    expect(await messagesOf(HANDLER.education, 'info_added')).toHaveLength(0);
  });

  it('with no question open an addition is voluntary: it answers nothing and tells nobody', async () => {
    const more = await call('demo-team', 'addInfo', { id, text: '另外：已办理居住证' });
    expect(more.data.timeline.at(-1).data).toEqual({ attachments: [] });
    expect(await messagesOf('demo-unit', 'info_added')).toHaveLength(1);
  });

  it('an operator may ask too, and is told of the answer along with the unit', async () => {
    const asked = await call('demo-operator', 'askForInfo', { id, question: '请提供劳动合同' });
    expect(asked.data.openQuestion).toMatchObject({ text: '请提供劳动合同', by: { role: 'operator', openId: 'demo-operator' } });
    await call('demo-team', 'addInfo', { id, text: '劳动合同已上传' });
    expect(await messagesOf('demo-operator', 'info_added')).toHaveLength(1);
    expect(await messagesOf('demo-unit', 'info_added')).toHaveLength(2);
  });

  it('the deadline keeps running while a question is open, and resolving closes an unanswered one', async () => {
    const before = (await call('demo-operator', 'get', { id })).data;
    await call('demo-unit', 'askForInfo', { id, question: '最后确认一下联系方式' });
    const waiting = (await call('demo-operator', 'get', { id })).data;
    expect({ dueAt: waiting.dueAt, dueDate: waiting.dueDate }).toEqual({ dueAt: before.dueAt, dueDate: before.dueDate });
    const resolved = await call('demo-unit', 'resolve', { id, reply: '已办结，联系方式已从档案中确认。' });
    expect(resolved.data).toMatchObject({ status: 'resolved', openQuestion: null });
    expectError(await call('demo-unit', 'askForInfo', { id, question: '还有问题' }), 'CONFLICT');
    expectError(await call('demo-team', 'addInfo', { id, text: 'x' }), 'CONFLICT');
    expect((await call('demo-team', 'mine')).data.items.find((i: any) => i.id === id)).toMatchObject({ awaitingInfo: false });
  });

  it('every ask and answer is in the audit log', async () => {
    const { data } = await db().collection('audit_logs').where({ 'target.id': id }).limit(100).get();
    const actions = data.map((e: any) => e.action);
    expect(actions.filter((a: string) => a === 'requests.askForInfo')).toHaveLength(3);
    expect(actions.filter((a: string) => a === 'requests.addInfo')).toHaveLength(3);
  });
});

describe('requests: unknown ids and the contract', () => {
  it.each([
    ['demo-applicant', 'get', { id: 'R-nope' }],
    ['demo-applicant', 'addInfo', { id: 'R-nope', text: 'x' }],
    ['demo-applicant', 'rate', { id: 'R-nope', score: 5, satisfied: true }],
    ['demo-operator', 'triage', { id: 'R-nope', tier: 5, leadUnitId: 'unit-hrss' }],
    ['demo-operator', 'dispatch', { id: 'R-nope' }],
    ['demo-operator', 'grantExtension', { id: 'R-nope', grant: true }],
    ['demo-operator', 'scheduleConsultation', { id: 'R-nope', at: '2026-12-01T02:00:00Z', unitIds: ['unit-hrss'], topic: 't' }],
    ['demo-operator', 'recordConsultation', { id: 'R-nope', consultationId: 'c1', minutes: 'm' }],
    ['demo-unit', 'accept', { id: 'R-nope' }],
    ['demo-unit', 'return', { id: 'R-nope', reason: 'r' }],
    ['demo-unit', 'note', { id: 'R-nope', text: 't' }],
    ['demo-unit', 'resolve', { id: 'R-nope', reply: 'r' }],
    ['demo-unit', 'requestExtension', { id: 'R-nope', days: 2, reason: 'r' }],
    ['demo-unit', 'askForInfo', { id: 'R-nope', question: 'q' }],
    ['demo-operator', 'askForInfo', { id: 'R-nope', question: 'q' }],
  ])('%s %s of an unknown request: NOT_FOUND', async (openId, action, payload) => {
    expectError(await call(openId, action, payload), 'NOT_FOUND');
  });

  it('answers UNAUTHENTICATED without a caller, and in English when asked', async () => {
    expectError(await call(null, 'mine'), 'UNAUTHENTICATED');
    const { body } = await callFunction(cloud, 'requests', { action: 'get', payload: { id: 'R-nope' }, locale: 'en' }, 'demo-applicant');
    expect(body.error.message).toBe('That record was not found');
  });
});
