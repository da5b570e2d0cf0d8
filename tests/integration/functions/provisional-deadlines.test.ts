import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { dbOf, requestId } from '../../support/stays';

/**
 * A deadline that runs into a year with no loaded calendar (the test cloud has 2026 only) is provisional, by any
 * path that sets one, and the district admins hear of it once per year. The functions' clock is pinned with
 * LOCAL_NOW, so these pass at any real date.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
beforeAll(async () => {
  cloud = await startTestCloud();
  await consentFirst(cloud, ['prov-applicant']);
});
afterAll(() => cloud.stop());
afterEach(() => {
  delete process.env.LOCAL_NOW;
});

const req = async (openId: string, action: string, payload: unknown, at?: string) => {
  if (at) process.env.LOCAL_NOW = at;
  return (await callFunction(cloud, 'requests', { action, payload, requestId: requestId() }, openId)).body;
};
const warnings = async () =>
  (await dbOf(cloud).collection('messages').where({ recipient: 'demo-admin', template: 'calendar_missing' }).limit(100).get())
    .data as Array<{ data: { year: string } }>;

/** A request dispatched at `at` with `tier` working days and accepted by the unit; answers its id. */
async function dispatched(tier: 5 | 7 | 15, at: string): Promise<string> {
  const submitted = await req('prov-applicant', 'submit', { category: 'housing', title: '年底诉求', body: '年底提交，跨年办理的诉求' }, at);
  const id = submitted.data.id as string;
  expect(await req('demo-operator', 'triage', { id, tier, leadUnitId: 'unit-hrss' }, at)).toMatchObject({ ok: true });
  expect(await req('demo-operator', 'dispatch', { id }, at)).toMatchObject({ ok: true, data: { dueProvisional: false } });
  expect(await req('demo-unit', 'accept', { id }, at)).toMatchObject({ ok: true });
  return id;
}

it('a deadline inside a loaded year warns no one', async () => {
  await dispatched(5, '2026-11-02T02:00:00Z');
  expect(await warnings()).toEqual([]);
});

it('a granted 15-day extension from 2026-12-04 runs into 2027: provisional, and the admins are warned', async () => {
  const id = await dispatched(5, '2026-12-04T02:00:00Z');
  expect(await req('demo-unit', 'requestExtension', { id, days: 15, reason: '需要跨部门材料' }, '2026-12-05T02:00:00Z')).toMatchObject({
    ok: true,
  });
  const granted = await req('demo-operator', 'grantExtension', { id, grant: true }, '2026-12-06T02:00:00Z');
  expect(granted).toMatchObject({ ok: true, data: { dueProvisional: true } });
  expect(granted.data.dueDate.slice(0, 4)).toBe('2027');
  expect((await warnings()).map((w) => w.data.year)).toEqual(['2027']);
});

it('a reopen after an unsatisfied rating near New Year is provisional too, and warns nothing new for 2027', async () => {
  const id = await dispatched(5, '2026-12-14T02:00:00Z');
  expect(await req('demo-unit', 'resolve', { id, reply: '已办结' }, '2026-12-15T02:00:00Z')).toMatchObject({ ok: true });
  const reopened = await req('prov-applicant', 'rate', { id, score: 2, satisfied: false }, '2026-12-28T02:00:00Z');
  expect(reopened).toMatchObject({ ok: true, data: { status: 'in_progress', dueProvisional: true } });
  // Once per missing year: the extension above already told the admins of 2027.
  expect((await warnings()).map((w) => w.data.year)).toEqual(['2027']);
});

it('a return and a re-dispatch into another missing year warns of that year', async () => {
  const submitted = await req(
    'prov-applicant',
    'submit',
    { category: 'housing', title: '跨年诉求', body: '单位退回后再派发的诉求' },
    '2027-12-20T02:00:00Z',
  );
  const id = submitted.data.id as string;
  await req('demo-operator', 'triage', { id, tier: 15, leadUnitId: 'unit-hrss' });
  await req('demo-operator', 'dispatch', { id });
  expect(await req('demo-unit', 'return', { id, reason: '非本单位' })).toMatchObject({ ok: true });
  await req('demo-operator', 'triage', { id, tier: 15, leadUnitId: 'unit-housing' });
  const again = await req('demo-operator', 'dispatch', { id });
  expect(again).toMatchObject({ ok: true, data: { dueProvisional: true } });
  expect((await warnings()).map((w) => w.data.year).sort()).toEqual(['2027', '2028']);
});
