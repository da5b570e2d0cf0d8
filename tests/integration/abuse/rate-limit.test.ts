import tcb from '@cloudbase/node-sdk';
import { rateCounterId, rateWindow, SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { file, inDays, talentApplication } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let seq = 0;
const db = () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
const submit = async (openId: string, requestId = `rl-${(seq += 1)}-xxxxxxxx`, locale?: 'en') =>
  (
    await callFunction(
      cloud,
      'requests',
      { action: 'submit', requestId, locale, payload: { category: 'housing', title: '人才公寓', body: '请问人才公寓的入住流程' } },
      openId,
    )
  ).body;
/** The counter of the current window of `openId`'s calls of `scope`. */
const counterOf = async (openId: string, scope = 'requests.submit') => {
  const _id = rateCounterId({ scope, openId, start: rateWindow({ now: new Date(), limit: SUBMIT_RATE_LIMIT }).start });
  return (await db().collection('rate_limits').where({ _id }).get()).data[0];
};
const requestsOf = async (openId: string) => (await db().collection('requests').where({ applicantId: openId }).limit(1000).get()).data;

/** A request of `openId` taken to resolved by the demo operator and unit, ready to rate. */
async function resolvedRequestOf(openId: string): Promise<string> {
  const staff = (who: string, action: string, payload: unknown) => callFunction(cloud, 'requests', { action, payload }, who);
  const id = (await submit(openId, `${openId}-submit-xx`)).data.id as string;
  await staff('demo-operator', 'triage', { id, tier: 5, leadUnitId: 'unit-hrss' });
  await staff('demo-operator', 'dispatch', { id });
  await staff('demo-unit', 'accept', { id });
  await staff('demo-unit', 'resolve', { id, reply: '已办结' });
  return id;
}

/** A pending stay of `openId` and a pickup that fits it. */
async function pickupFor(openId: string) {
  const checkIn = inDays(20);
  const stay = await callFunction(
    cloud,
    'stays',
    { action: 'apply', payload: talentApplication({ checkIn }), requestId: `${openId}-apply-xx` },
    openId,
  );
  return { id: stay.body.data._id as string, place: 'PVG', number: 'MU5101', arrivalAt: `${checkIn}T09:30:00+08:00` };
}

/**
 * The file runs within one window (10 minutes; it takes seconds); started in the last 90 seconds of a window, its
 * counts could split over two. Wait for the next window then, rather than flake.
 */
async function awayFromWindowEdge() {
  const ms = SUBMIT_RATE_LIMIT.perSeconds * 1000;
  const left = ms - (Date.now() % ms);
  if (left < 90_000) await new Promise((done) => setTimeout(done, left + 50));
}

beforeAll(async () => {
  await awayFromWindowEdge();
  cloud = await startTestCloud();
  await consentFirst(cloud, ['rl-a', 'rl-b', 'rl-race', 'rl-retry', 'rl-en', 'rl-rate', 'rl-pickup', 'rl-files', 'rl-station']);
}, 120_000);
afterAll(() => cloud.stop());

describe('per-user rate limit on submits (requests.submit: 10 per 10 minutes)', () => {
  it('the 11th submit within the window is RATE_LIMITED, with the seconds to wait, and writes nothing', async () => {
    for (let i = 0; i < SUBMIT_RATE_LIMIT.max; i += 1) expect((await submit('rl-a')).ok).toBe(true);
    const eleventh = await submit('rl-a', 'rl-a-eleventh');
    expect(eleventh).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: '操作太频繁，请稍后再试' } });
    expect(eleventh.error.details.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(eleventh.error.details.retryAfterSeconds).toBeLessThanOrEqual(SUBMIT_RATE_LIMIT.perSeconds);
    expect(await requestsOf('rl-a')).toHaveLength(SUBMIT_RATE_LIMIT.max);
    expect((await db().collection('idempotency').where({ _id: 'requests.submit:rl-a:rl-a-eleventh' }).get()).data).toHaveLength(0);
    const counter = await counterOf('rl-a');
    expect(counter).toMatchObject({ n: SUBMIT_RATE_LIMIT.max, kind: 'window' });
    expect(counter.ids).not.toContain('rl-a-eleventh');
    expect(counter.expiresAt.getTime() - counter.windowStart.getTime()).toBe(SUBMIT_RATE_LIMIT.perSeconds * 1000);
  });

  it('a refused file is read while the slot is taken, and answers only once the slot is: counted under the limit, RATE_LIMITED over it', async () => {
    const missing = {
      category: 'housing',
      title: '人才公寓',
      body: '请问人才公寓的入住流程',
      attachments: ['cloud://env.bucket/uploads/rl-files/none.pdf'],
    };
    const send = (requestId: string) =>
      callFunction(cloud, 'requests', { action: 'submit', requestId, payload: missing }, 'rl-files', { uploads: false }).then(
        (r) => r.body,
      );
    const first = await send('rl-files-first-x');
    expect(first.error).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'attachments.0' }] });
    expect((await counterOf('rl-files')).n).toBe(1);
    for (let i = 1; i < SUBMIT_RATE_LIMIT.max; i += 1) await submit('rl-files');
    expect((await send('rl-files-over-x')).error.code).toBe('RATE_LIMITED');
    expect(await requestsOf('rl-files')).toHaveLength(SUBMIT_RATE_LIMIT.max - 1);
  });

  it('an apply reads its station while the slot is taken, and answers what it met only after every check', async () => {
    const apply = (payload: unknown, requestId: string, uploads = true) =>
      callFunction(cloud, 'stays', { action: 'apply', requestId, payload }, 'rl-station', { uploads }).then((r) => r.body);
    const nowhere = talentApplication({ stationId: 'station-nowhere' });
    expect((await apply(nowhere, 'rl-station-gone-1')).error.code).toBe('NOT_FOUND');
    expect((await counterOf('rl-station', 'stays.apply')).n).toBe(1);
    // A refused file wins over the missing station, as it did when the handler read the station after the checks.
    const missingFile = { ...nowhere, documents: [{ ...file('passport'), fileId: 'cloud://env.bucket/uploads/rl-station/none.pdf' }] };
    expect((await apply(missingFile, 'rl-station-file-1', false)).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'documents.0' }],
    });
    // So does the rate limit.
    await db()
      .collection('rate_limits')
      .where({ _id: (await counterOf('rl-station', 'stays.apply'))._id })
      .update({ n: SUBMIT_RATE_LIMIT.max });
    expect((await apply(nowhere, 'rl-station-gone-2')).error.code).toBe('RATE_LIMITED');
    expect((await apply(talentApplication(), 'rl-station-open-1')).error.code).toBe('RATE_LIMITED');
    const { data } = await db().collection('stay_applications').where({ ownerId: 'rl-station' }).get();
    expect(data).toHaveLength(0);
  });

  it('answers in English when the caller reads English', async () => {
    for (let i = 0; i < SUBMIT_RATE_LIMIT.max; i += 1) await submit('rl-en');
    expect((await submit('rl-en', undefined, 'en')).error.message).toBe('Too many attempts; please try again shortly');
  });

  it('another user is not affected', async () => {
    expect((await submit('rl-a')).error.code).toBe('RATE_LIMITED');
    expect((await submit('rl-b')).ok).toBe(true);
    expect(await requestsOf('rl-b')).toHaveLength(1);
  });

  it('30 simultaneous submits by one user let exactly max through', async () => {
    const replies = await Promise.all(Array.from({ length: 30 }, () => submit('rl-race')));
    expect(replies.filter((r) => r.ok)).toHaveLength(SUBMIT_RATE_LIMIT.max);
    for (const r of replies.filter((x) => !x.ok)) expect(r.error.code).toBe('RATE_LIMITED');
    expect(await requestsOf('rl-race')).toHaveLength(SUBMIT_RATE_LIMIT.max);
  });

  it('a retry of a counted submit (same requestId) is not counted again, and still answers when the window is full', async () => {
    const first = await submit('rl-retry', 'rl-retry-same-id');
    for (let i = 0; i < 5; i += 1) expect(await submit('rl-retry', 'rl-retry-same-id')).toEqual(first);
    for (let i = 1; i < SUBMIT_RATE_LIMIT.max; i += 1) expect((await submit('rl-retry')).ok).toBe(true);
    expect((await submit('rl-retry')).error.code).toBe('RATE_LIMITED');
    expect(await submit('rl-retry', 'rl-retry-same-id')).toEqual(first);
    expect(await requestsOf('rl-retry')).toHaveLength(SUBMIT_RATE_LIMIT.max);
  });

  it.each([
    ['requests.rate', 'rl-rate'],
    ['stays.requestPickup', 'rl-pickup'],
  ])('%s: 20 identical calls with one requestId are one call: the first reply, one slot spent', async (scope, openId) => {
    const [fn, action] = scope.split('.');
    const payload = action === 'rate' ? { id: await resolvedRequestOf(openId), score: 4, satisfied: true } : await pickupFor(openId);
    const call = (requestId: string) => callFunction(cloud, fn, { action, payload, requestId }, openId).then((r) => r.body);
    const first = await call(`${openId}-same-id-xx`);
    expect(first.ok).toBe(true);
    const retries = await Promise.all(Array.from({ length: 19 }, () => call(`${openId}-same-id-xx`)));
    for (const reply of retries) expect(reply).toEqual(first);
    const _id = rateCounterId({ scope, openId, start: rateWindow({ now: new Date(), limit: SUBMIT_RATE_LIMIT }).start });
    expect((await db().collection('rate_limits').where({ _id }).get()).data[0]).toMatchObject({ n: 1 });
  });

  it('each action has its own window: a full submit window does not stop adding information', async () => {
    const mine = await requestsOf('rl-a');
    const reply = (
      await callFunction(
        cloud,
        'requests',
        { action: 'addInfo', payload: { id: mine[0]._id, text: '补充：已入职' }, requestId: 'rl-a-addinfo-1' },
        'rl-a',
      )
    ).body;
    expect(reply.ok).toBe(true);
  });

  it('the scheduler removes counters of ended windows and keeps the current ones', async () => {
    const past = new Date(Date.now() - 3_600_000);
    await db()
      .collection('rate_limits')
      .add({ _id: 'requests.submit:rl-old:0', kind: 'window', n: 3, ids: [], windowStart: new Date(0), expiresAt: past });
    const run = (await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin')).body;
    expect(run.ok).toBe(true);
    const { data: old } = await db().collection('rate_limits').where({ _id: 'requests.submit:rl-old:0' }).get();
    expect(old).toHaveLength(0);
    expect(await counterOf('rl-a')).toMatchObject({ n: SUBMIT_RATE_LIMIT.max });
  });
});
