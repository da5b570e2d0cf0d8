import tcb from '@cloudbase/node-sdk';
import { AppError } from '../../../core/contract';
import { runOnce } from '../../../cloudfunctions/_shared/idempotency';
import { startTestCloud } from '../../support/local-cloud';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: ReturnType<ReturnType<typeof tcb.init>['database']>;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
  await db.createCollection('things');
});
afterAll(() => cloud.stop());

const now = () => new Date();
const createThing = (label: string) => async () => {
  const { id } = await db.collection('things').add({ label });
  return { id, label, nested: { empty: {}, list: [] as string[] } };
};
const countThings = async (label: string) => (await db.collection('things').where({ label }).count()).total;

describe('runOnce', () => {
  it('runs a submit once and answers a retry with the first reply, empty objects included', async () => {
    const first = await runOnce(db, 'test.create:u1:req-aaaaaaaa', now(), createThing('a'));
    const retry = await runOnce(db, 'test.create:u1:req-aaaaaaaa', now(), createThing('a'));
    expect(retry).toEqual(first);
    expect(await countThings('a')).toBe(1);
  });

  it('lets exactly one of twenty simultaneous identical submits run; the others are told it is in progress or get its reply', async () => {
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () => runOnce(db, 'test.create:u1:req-bbbbbbbb', now(), createThing('b'))),
    );
    expect(await countThings('b')).toBe(1);
    const refused = results.filter((r) => r.status === 'rejected');
    for (const r of refused) expect((r as PromiseRejectedResult).reason).toMatchObject({ code: 'CONFLICT' });
    expect(results.filter((r) => r.status === 'fulfilled').length).toBeGreaterThanOrEqual(1);
  });

  it('keys are per caller and per request id', async () => {
    await runOnce(db, 'test.create:u1:req-cccccccc', now(), createThing('c'));
    await runOnce(db, 'test.create:u2:req-cccccccc', now(), createThing('c'));
    await runOnce(db, 'test.create:u1:req-dddddddd', now(), createThing('c'));
    expect(await countThings('c')).toBe(3);
  });

  it('releases the claim when the submit fails, so a corrected retry with the same id runs', async () => {
    await expect(
      runOnce(db, 'test.create:u1:req-eeeeeeee', now(), async () => {
        throw new AppError('NO_CAPACITY');
      }),
    ).rejects.toMatchObject({ code: 'NO_CAPACITY' });
    await runOnce(db, 'test.create:u1:req-eeeeeeee', now(), createThing('e'));
    expect(await countThings('e')).toBe(1);
  });

  it('takes over a claim left pending by a call that died more than five minutes ago', async () => {
    const long = new Date(Date.now() - 10 * 60_000);
    await db.collection('idempotency').add({ _id: 'test.create:u1:req-ffffffff', state: 'pending', createdAt: long });
    await expect(runOnce(db, 'test.create:u1:req-gggggggg', now(), createThing('g'))).resolves.toBeDefined();
    await db.collection('idempotency').add({ _id: 'test.create:u1:req-hhhhhhhh', state: 'pending', createdAt: new Date() });
    await expect(runOnce(db, 'test.create:u1:req-hhhhhhhh', now(), createThing('h'))).rejects.toMatchObject({ code: 'CONFLICT' });
    await runOnce(db, 'test.create:u1:req-ffffffff', now(), createThing('f'));
    expect(await countThings('f')).toBe(1);
    expect(await countThings('h')).toBe(0);
  });
});
