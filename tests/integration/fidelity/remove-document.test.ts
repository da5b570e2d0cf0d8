import { realCloudBaseConfigured } from '../../support/sdk-target';
import { idsOf, useSdkTarget } from './target';

/** `database.removeDocument`: `doc(id).remove()` and `where().remove()`. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`removeDocument (${kind})`, () => {
  let coll: string;
  beforeEach(async () => {
    coll = await t.fresh(`remove_${Math.random().toString(36).slice(2, 8)}`);
    await t.db
      .collection(coll)
      .add(Array.from({ length: 6 }, (_unused, i) => ({ _id: `r${i}`, i, kind: i % 2 === 0 ? 'even' : 'odd', box: { n: i } })));
  });
  const remaining = async () => idsOf((await t.db.collection(coll).get()).data);

  test('doc(id).remove() deletes that document: deleted 1', async () => {
    const res = await t.db.collection(coll).doc('r2').remove();
    expect(res.deleted).toBe(1);
    expect((await t.db.collection(coll).doc('r2').get()).data).toEqual([]);
    expect(await remaining()).toEqual(['r0', 'r1', 'r3', 'r4', 'r5']);
  });

  test('doc(id).remove() of a missing id is deleted 0, not an error', async () => {
    const res = await t.db.collection(coll).doc('nope').remove();
    expect(res.deleted).toBe(0);
    expect(await remaining()).toHaveLength(6);
  });

  test('removing twice: the second is deleted 0', async () => {
    expect((await t.db.collection(coll).doc('r0').remove()).deleted).toBe(1);
    expect((await t.db.collection(coll).doc('r0').remove()).deleted).toBe(0);
  });

  test('where().remove() deletes every match and reports how many', async () => {
    const res = await t.db.collection(coll).where({ kind: 'even' }).remove();
    expect(res.deleted).toBe(3);
    expect(await remaining()).toEqual(['r1', 'r3', 'r5']);
  });

  test('where().remove() with a command on a nested field', async () => {
    const _ = t.db.command;
    const res = await t.db
      .collection(coll)
      .where({ 'box.n': _.gte(4) })
      .remove();
    expect(res.deleted).toBe(2);
    expect(await remaining()).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  test('where().remove() with no match is deleted 0', async () => {
    const res = await t.db.collection(coll).where({ kind: 'none' }).remove();
    expect(res.deleted).toBe(0);
    expect(await remaining()).toHaveLength(6);
  });

  test('a removed _id can be added again', async () => {
    await t.db.collection(coll).doc('r1').remove();
    await t.db.collection(coll).add({ _id: 'r1', again: true });
    expect((await t.db.collection(coll).doc('r1').get()).data).toEqual([{ _id: 'r1', again: true }]);
  });

  test('removing in a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
    await expect(t.db.collection(`${coll}_missing`).doc('r1').remove()).rejects.toMatchObject({
      code: 'DATABASE_COLLECTION_NOT_EXIST',
    });
  });
});
