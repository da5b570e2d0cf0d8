import tcb from '@cloudbase/node-sdk';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addStation, addUser, dbOf, inDays, requestId, talentApplication } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const db = () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
const call = async (fn: string, openId: string, action: string, payload: unknown, extra: Record<string, unknown> = {}) =>
  (await callFunction(cloud, fn, { action, payload, ...extra }, openId)).body;
const submit = (openId: string, fields: Record<string, string>, locale?: 'en') =>
  call(
    'requests',
    openId,
    'submit',
    { category: 'housing', title: '人才公寓', body: '请问人才公寓的入住流程', ...fields },
    { requestId: requestId(), locale },
  );
const count = async (collection: string, where: Record<string, unknown>) => (await db().collection(collection).where(where).count()).total;

beforeAll(async () => {
  cloud = await startTestCloud();
  await consentFirst(cloud, ['cs-1', 'cs-2', 'cs-3']);
});
afterAll(() => cloud.stop());

describe('content safety (local stand-in for msgSecCheck)', () => {
  it('a refused body answers VALIDATION on that field and writes nothing', async () => {
    const reply = await submit('cs-1', { body: '这里有违禁测试词，请处理' });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'body', message: '内容含有不允许发布的信息，请修改后再提交' }] },
    });
    expect(reply.error.issues).toHaveLength(1);
    expect(await count('requests', { applicantId: 'cs-1' })).toBe(0);
    expect(await count('audit_logs', { actor: 'cs-1' })).toBe(0);
  });

  it('each refused field is named, in English for an English reader', async () => {
    const reply = await submit('cs-1', { title: 'forbidden-test-word', body: 'also FORBIDDEN-TEST-WORD' }, 'en');
    expect(reply.error.code).toBe('VALIDATION');
    expect(reply.error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['body', 'title']);
    expect(reply.error.issues[0].message).toMatch(/not allowed/);
    expect(await count('requests', { applicantId: 'cs-1' })).toBe(0);
  });

  it('the same request with the text corrected is accepted', async () => {
    expect((await submit('cs-1', { body: '请问入住需要哪些材料' })).ok).toBe(true);
    expect(await count('requests', { applicantId: 'cs-1' })).toBe(1);
  });

  it('added information is checked too; the timeline keeps only the submit', async () => {
    const id = (await submit('cs-2', {})).data.id;
    const info = await call('requests', 'cs-2', 'addInfo', { id, text: '补充 违禁测试词' }, { requestId: 'cs-2-addinfo-1' });
    expect(info.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'text' }] });
    const { data } = await db().collection('requests').where({ _id: id }).get();
    expect(data[0].timeline).toHaveLength(1);
  });

  it("an operator's rejection reason is checked: refused, the application stays pending", async () => {
    const stations = dbOf(cloud);
    await addStation(stations, 'station-cs', 5);
    await addUser(stations, 'cs-operator', ['operator'], 'station-cs');
    const applied = await call('stays', 'cs-3', 'apply', talentApplication({ stationId: 'station-cs', checkIn: inDays(10) }), {
      requestId: requestId(),
    });
    expect(applied.ok).toBe(true);
    const id = applied.data._id;
    const refused = await call('stays', 'cs-operator', 'reject', { id, reason: '材料 forbidden-test-word' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reason' }] } });
    expect((await call('stays', 'cs-3', 'get', { id })).data).toMatchObject({ status: 'pending', reason: null });
    expect(await count('audit_logs', { 'target.id': id, action: 'stays.reject' })).toBe(0);
    expect((await call('stays', 'cs-operator', 'reject', { id, reason: '材料不清晰' })).data.status).toBe('rejected');
  });
});
