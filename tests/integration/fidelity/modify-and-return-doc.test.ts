import { realCloudBaseConfigured } from '../../support/sdk-target';
import { useSdkTarget } from './target';

/** `database.modifyAndReturnDoc`: `where().updateAndReturn()`. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`modifyAndReturnDoc (${kind})`, () => {
  let coll: string;
  beforeAll(async () => {
    coll = await t.fresh('modify_return');
    await t.db.collection(coll).add([
      { _id: 'a', n: 1, tags: ['x'], box: { c: 1 } },
      { _id: 'b', n: 5, tags: [], box: { c: 2 } },
    ]);
  });

  test('returns the document as it is after the update', async () => {
    const _ = t.db.command;
    const res = await t.db
      .collection(coll)
      .where({ _id: 'a' })
      .updateAndReturn({ n: _.inc(2), tags: _.push('y'), box: { d: 9 } });
    expect(res.updated).toBe(1);
    expect(res.doc).toEqual({ _id: 'a', n: 3, tags: ['x', 'y'], box: { c: 1, d: 9 } });
    expect((await t.db.collection(coll).doc('a').get()).data).toEqual([res.doc]);
  });

  test('the condition decides: a failing compare-and-set is updated 0 with a null doc', async () => {
    const _ = t.db.command;
    const res = await t.db
      .collection(coll)
      .where({ _id: 'b', n: _.lt(5) })
      .updateAndReturn({ n: _.inc(1) });
    expect(res.updated).toBe(0);
    expect(res.doc).toBeNull();
    expect((await t.db.collection(coll).doc('b').get()).data[0].n).toBe(5);
  });

  test('no match at all is updated 0 with a null doc', async () => {
    const res = await t.db.collection(coll).where({ _id: 'nobody' }).updateAndReturn({ n: 1 });
    expect(res.updated).toBe(0);
    expect(res.doc).toBeNull();
  });

  test('a Date set in the update comes back as a Date', async () => {
    const at = new Date('2026-07-01T12:00:00.000Z');
    const res = await t.db.collection(coll).where({ _id: 'b' }).updateAndReturn({ at });
    expect(res.doc.at).toBeInstanceOf(Date);
    expect(res.doc.at.getTime()).toBe(at.getTime());
  });

  test('concurrent take-a-slot calls: each success sees its own count, never the same twice', async () => {
    const _ = t.db.command;
    await t.db.collection(coll).add({ _id: 'slots', taken: 0 });
    const results = await Promise.all(
      Array.from({ length: 12 }, () =>
        t.db
          .collection(coll)
          .where({ _id: 'slots', taken: _.lt(4) })
          .updateAndReturn({ taken: _.inc(1) }),
      ),
    );
    const seen = results
      .filter((r) => r.updated === 1)
      .map((r) => r.doc.taken)
      .sort();
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(results.filter((r) => r.updated === 0 && r.doc === null)).toHaveLength(8);
  });

  test('in a missing collection it is DATABASE_COLLECTION_NOT_EXIST', async () => {
    await expect(t.db.collection(`${coll}_missing`).where({ _id: 'a' }).updateAndReturn({ n: 1 })).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
  });
});
