import { randomBytes } from 'node:crypto';
import { realCloudBaseConfigured } from '../../support/sdk-target';
import { useSdkTarget } from './target';

/** `database.addCollection`: `db.createCollection(name)`. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`addCollection (${kind})`, () => {
  test('creates an empty collection that can then be written and read', async () => {
    const name = await t.fresh(`made_${randomBytes(3).toString('hex')}`);
    expect((await t.db.collection(name).count()).total).toBe(0);
    expect((await t.db.collection(name).get()).data).toEqual([]);
    await t.db.collection(name).add({ _id: 'first' });
    expect((await t.db.collection(name).get()).data).toEqual([{ _id: 'first' }]);
  });

  test('the reply carries a requestId and no code', async () => {
    const name = `fidelity_direct_${randomBytes(4).toString('hex')}`;
    const res = await t.db.createCollection(name);
    expect(typeof res.requestId).toBe('string');
    expect(res.code).toBeUndefined();
    expect((await t.db.collection(name).count()).total).toBe(0);
  });

  test('creating it twice is DATABASE_COLLECTION_ALREADY_EXIST, and the data stays', async () => {
    const name = await t.fresh('twice');
    await t.db.collection(name).add({ _id: 'kept' });
    await expect(t.db.createCollection(name)).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' });
    expect((await t.db.collection(name).get()).data).toEqual([{ _id: 'kept' }]);
  });

  test('reading a collection that was never created is DATABASE_COLLECTION_NOT_EXIST', async () => {
    await expect(t.db.collection(`fidelity_never_${randomBytes(4).toString('hex')}`).get()).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
  });
});
