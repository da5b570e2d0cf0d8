import { realCloudBaseConfigured } from '../../support/sdk-target';
import { useSdkTarget } from './target';

/** `database.calculateDocument`: `count()`. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`calculateDocument (${kind})`, () => {
  let coll: string;
  beforeAll(async () => {
    coll = await t.fresh('count');
    await t.db
      .collection(coll)
      .add(Array.from({ length: 7 }, (_unused, i) => ({ _id: `c${i}`, i, even: i % 2 === 0, group: { name: i < 3 ? 'low' : 'high' } })));
  });

  test('count() without where counts the whole collection', async () => {
    const res = await t.db.collection(coll).count();
    expect(res.total).toBe(7);
    expect(typeof res.requestId).toBe('string');
  });

  test('count() with where counts the matches', async () => {
    const _ = t.db.command;
    expect((await t.db.collection(coll).where({ even: true }).count()).total).toBe(4);
    expect(
      (
        await t.db
          .collection(coll)
          .where({ i: _.gte(5) })
          .count()
      ).total,
    ).toBe(2);
    expect((await t.db.collection(coll).where({ 'group.name': 'low' }).count()).total).toBe(3);
    expect(
      (
        await t.db
          .collection(coll)
          .where({ i: _.in([0, 6, 99]) })
          .count()
      ).total,
    ).toBe(2);
  });

  test('count() with no match is 0', async () => {
    expect((await t.db.collection(coll).where({ i: 100 }).count()).total).toBe(0);
  });

  test('count() ignores limit and skip', async () => {
    expect((await t.db.collection(coll).skip(2).limit(1).count()).total).toBe(7);
  });

  test('count() follows writes', async () => {
    const fresh = await t.fresh('count_follow');
    expect((await t.db.collection(fresh).count()).total).toBe(0);
    await t.db.collection(fresh).add({ _id: 'x' });
    expect((await t.db.collection(fresh).count()).total).toBe(1);
    await t.db.collection(fresh).doc('x').remove();
    expect((await t.db.collection(fresh).count()).total).toBe(0);
  });

  test('count() on a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
    await expect(t.db.collection(`${coll}_missing`).count()).rejects.toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' });
  });
});
