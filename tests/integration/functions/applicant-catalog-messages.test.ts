import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const call = async (fn: string, openId: string, action: string, payload?: unknown, requestId?: string) =>
  (await callFunction(cloud, fn, { action, payload, requestId }, openId)).body;

beforeAll(async () => {
  cloud = await startTestCloud();
  await consentFirst(cloud, ['demo-applicant']);
});
afterAll(() => cloud.stop());

describe('requests.catalog', () => {
  it('lists the 12 seeded categories in order and the active units, in both languages', async () => {
    const reply = await call('requests', 'demo-applicant', 'catalog');
    expect(reply.ok).toBe(true);
    expect(reply.data.categories).toHaveLength(12);
    expect(reply.data.categories[0]).toEqual({
      id: 'residence-permit',
      name: { 'zh-CN': '居住证及落户办理', en: 'Residence permit and hukou' },
    });
    expect(reply.data.categories.map((c: any) => c.id)).toContain('social-insurance');
    expect(reply.data.units.map((u: any) => u.id)).toContain('unit-hrss');
  });
});

describe('account.messages and markMessagesRead', () => {
  let requestId: string;

  it('the applicant is told in the message list when the unit resolves their request', async () => {
    expect(await call('account', 'demo-applicant', 'messages')).toMatchObject({ ok: true, data: { items: [], hasMore: false, unread: 0 } });
    const submitted = await call(
      'requests',
      'demo-applicant',
      'submit',
      { category: 'housing', title: '人才公寓', body: '想了解人才公寓入住流程' },
      'msg-submit-1234',
    );
    requestId = submitted.data.id;
    await call('requests', 'demo-operator', 'triage', { id: requestId, tier: 5, leadUnitId: 'unit-hrss' });
    await call('requests', 'demo-operator', 'dispatch', { id: requestId });
    await call('requests', 'demo-unit', 'accept', { id: requestId });
    expect((await call('requests', 'demo-unit', 'resolve', { id: requestId, reply: '已为您登记' })).ok).toBe(true);

    const list = await call('account', 'demo-applicant', 'messages');
    expect(list.data.unread).toBe(1);
    expect(list.data.items).toEqual([
      {
        id: expect.any(String),
        template: 'request_resolved',
        data: { requestId, title: '人才公寓' },
        read: false,
        createdAt: expect.any(String),
      },
    ]);
  });

  it("marks only the caller's own messages read", async () => {
    const [message] = (await call('account', 'demo-applicant', 'messages')).data.items;
    expect((await call('account', 'demo-team', 'markMessagesRead', { ids: [message.id] })).data.updated).toBe(0);
    expect((await call('account', 'demo-applicant', 'messages')).data.unread).toBe(1);
    expect((await call('account', 'demo-applicant', 'markMessagesRead', { ids: [message.id] })).data.updated).toBe(1);
    const after = await call('account', 'demo-applicant', 'messages');
    expect(after.data).toMatchObject({ unread: 0, items: [{ id: message.id, read: true }] });
  });

  it('refuses an empty list of ids and pages beyond the limit', async () => {
    expect((await call('account', 'demo-applicant', 'markMessagesRead', { ids: [] })).error.code).toBe('VALIDATION');
    expect((await call('account', 'demo-applicant', 'messages', { page: 0, pageSize: 51 })).error.code).toBe('VALIDATION');
  });
});
