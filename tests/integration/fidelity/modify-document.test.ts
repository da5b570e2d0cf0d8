import { realCloudBaseConfigured } from '../../support/sdk-target';
import { useSdkTarget } from './target';

/** `database.modifyDocument`: `doc(id).update()`, `doc(id).set()`, `where().update()`. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`modifyDocument (${kind})`, () => {
  let coll: string;
  let serial = 0;
  beforeAll(async () => {
    coll = await t.fresh('modify');
  });

  /** A new document with the given fields; returns its id. */
  const seed = async (fields: Record<string, unknown>): Promise<string> => {
    serial += 1;
    const _id = `d${serial}`;
    await t.db.collection(coll).add({ _id, ...fields });
    return _id;
  };
  const read = async (id: string) => (await t.db.collection(coll).doc(id).get()).data[0];

  describe('doc(id).update with each operator', () => {
    test('_.set replaces a sub-document instead of merging into it', async () => {
      const _ = t.db.command;
      const id = await seed({ profile: { a: 1, b: 2 }, keep: true });
      const res = await t.db
        .collection(coll)
        .doc(id)
        .update({ profile: _.set({ c: 3 }) });
      expect(res.updated).toBe(1);
      expect(await read(id)).toEqual({ _id: id, profile: { c: 3 }, keep: true });
    });

    test('_.inc adds, subtracts, and creates a missing field', async () => {
      const _ = t.db.command;
      const id = await seed({ n: 10, m: 1.5 });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ n: _.inc(5), m: _.inc(-0.5), fresh: _.inc(2) });
      expect(await read(id)).toEqual({ _id: id, n: 15, m: 1, fresh: 2 });
    });

    test('_.push appends one value or each value of an array', async () => {
      const _ = t.db.command;
      const id = await seed({ tags: ['a'] });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ tags: _.push('b') });
      expect((await read(id)).tags).toEqual(['a', 'b']);
      await t.db
        .collection(coll)
        .doc(id)
        .update({ tags: _.push(['c', 'd']) });
      expect((await read(id)).tags).toEqual(['a', 'b', 'c', 'd']);
      await t.db
        .collection(coll)
        .doc(id)
        .update({ created: _.push('x') });
      expect((await read(id)).created).toEqual(['x']);
    });

    test('_.pull removes every equal element, or every element matching a command', async () => {
      const _ = t.db.command;
      const id = await seed({ tags: ['a', 'b', 'a', 'c'], nums: [1, 5, 7, 3, 9] });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ tags: _.pull('a'), nums: _.pull(_.gte(5)) });
      expect(await read(id)).toEqual({ _id: id, tags: ['b', 'c'], nums: [1, 3] });
    });

    test('_.addToSet adds a value only when it is not there yet', async () => {
      const _ = t.db.command;
      const id = await seed({ tags: ['a', 'b'] });
      const same = await t.db
        .collection(coll)
        .doc(id)
        .update({ tags: _.addToSet('a') });
      expect((await read(id)).tags).toEqual(['a', 'b']);
      // Nothing changed, so nothing counts as updated (MongoDB's nModified, which CloudBase reports).
      expect(same.updated).toBe(0);
      const added = await t.db
        .collection(coll)
        .doc(id)
        .update({ tags: _.addToSet('z') });
      expect(added.updated).toBe(1);
      expect((await read(id)).tags).toEqual(['a', 'b', 'z']);
    });

    test('_.remove() unsets the field', async () => {
      const _ = t.db.command;
      const id = await seed({ gone: 'x', nested: { gone: 1, stays: 2 }, stays: 'y' });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ gone: _.remove(), nested: { gone: _.remove() } });
      expect(await read(id)).toEqual({ _id: id, nested: { stays: 2 }, stays: 'y' });
    });

    test('_.mul multiplies', async () => {
      const _ = t.db.command;
      const id = await seed({ price: 12, rate: 0.5 });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ price: _.mul(3), rate: _.mul(4) });
      expect(await read(id)).toEqual({ _id: id, price: 36, rate: 2 });
    });

    test('_.min and _.max keep the smaller or larger value', async () => {
      const _ = t.db.command;
      const id = await seed({ low: 10, high: 10, low2: 10, high2: 10 });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ low: _.min(5), low2: _.min(20), high: _.max(20), high2: _.max(5) });
      expect(await read(id)).toEqual({ _id: id, low: 5, low2: 10, high: 20, high2: 10 });
    });

    test('_.rename moves a field, nested ones by path', async () => {
      const _ = t.db.command;
      const id = await seed({ old: 'v', inner: { from: 1 } });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ old: _.rename('renamed'), 'inner.from': _.rename('inner.to') });
      expect(await read(id)).toEqual({ _id: id, renamed: 'v', inner: { to: 1 } });
    });

    test('several operators in one update apply together', async () => {
      const _ = t.db.command;
      const id = await seed({ n: 1, tags: [], drop: true });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ n: _.inc(1), tags: _.push('t'), drop: _.remove(), label: 'new' });
      expect(await read(id)).toEqual({ _id: id, n: 2, tags: ['t'], label: 'new' });
    });
  });

  describe('doc(id).update with plain values', () => {
    test('a nested object merges: { b: { d: 1 } } keeps b.c', async () => {
      const id = await seed({ a: 1, b: { c: 1 } });
      const res = await t.db
        .collection(coll)
        .doc(id)
        .update({ b: { d: 1 } });
      expect(res.updated).toBe(1);
      expect(await read(id)).toEqual({ _id: id, a: 1, b: { c: 1, d: 1 } });
    });

    test('a dotted path sets one nested field, creating the parents', async () => {
      const id = await seed({ b: { c: 1 } });
      await t.db.collection(coll).doc(id).update({ 'b.e': 2, 'x.y.z': 'deep' });
      expect(await read(id)).toEqual({ _id: id, b: { c: 1, e: 2 }, x: { y: { z: 'deep' } } });
    });

    test('an array value replaces the whole array', async () => {
      const id = await seed({ list: [1, 2, 3] });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ list: [9] });
      expect(await read(id)).toEqual({ _id: id, list: [9] });
    });

    test('db.serverDate() in an update becomes a Date', async () => {
      const id = await seed({ at: null });
      await t.db
        .collection(coll)
        .doc(id)
        .update({ at: t.db.serverDate(), meta: { at: t.db.serverDate({ offset: 1000 }) } });
      const doc = await read(id);
      expect(doc.at).toBeInstanceOf(Date);
      expect(doc.meta.at).toBeInstanceOf(Date);
      expect(Math.abs(doc.meta.at.getTime() - doc.at.getTime() - 1000)).toBeLessThan(1000);
    });

    test('updating a missing document changes nothing: updated 0, and it is not created', async () => {
      const res = await t.db.collection(coll).doc('no-such-doc').update({ a: 1 });
      expect(res.updated).toBe(0);
      expect((await t.db.collection(coll).doc('no-such-doc').get()).data).toEqual([]);
    });

    test('updating in a missing collection is DATABASE_COLLECTION_NOT_EXIST', async () => {
      await expect(t.db.collection(`${coll}_missing`).doc('x').update({ a: 1 })).rejects.toMatchObject({
        code: 'DATABASE_COLLECTION_NOT_EXIST',
      });
    });
  });

  test('updated values are matched and sorted like inserted ones (dates, nested objects, arrays)', async () => {
    const _ = t.db.command;
    const typed = await t.fresh('modify_typed');
    await t.db.collection(typed).add([{ _id: 'u1' }, { _id: 'u2' }, { _id: 'u3' }]);
    await t.db
      .collection(typed)
      .doc('u1')
      .update({ at: new Date('2026-01-01T00:00:00Z'), o: { k: 1 }, l: ['x'] });
    await t.db
      .collection(typed)
      .doc('u2')
      .set({ at: new Date('2026-06-01T00:00:00Z'), o: { k: 2 }, l: ['y'] });
    await t.db
      .collection(typed)
      .doc('u3')
      .update({ at: _.set(new Date('2026-03-01T00:00:00Z')), o: _.set({ k: 3 }), l: _.push('x') });
    const ids = async (query: object) =>
      (await t.db.collection(typed).where(query).orderBy('at', 'desc').get()).data.map((d: { _id: string }) => d._id);
    expect(await ids({ at: _.gte(new Date('2026-02-01T00:00:00Z')) })).toEqual(['u2', 'u3']);
    expect(await ids({ at: new Date('2026-01-01T00:00:00Z') })).toEqual(['u1']);
    expect(await ids({ 'o.k': _.lte(2) })).toEqual(['u2', 'u1']);
    expect(await ids({ o: _.eq({ k: 3 }) })).toEqual(['u3']);
    expect(await ids({ l: 'x' })).toEqual(['u3', 'u1']);
    expect(await ids({})).toEqual(['u2', 'u3', 'u1']);
  });

  describe('doc(id).set', () => {
    test('replaces the whole document', async () => {
      const id = await seed({ a: 1, b: { c: 2 } });
      const res = await t.db
        .collection(coll)
        .doc(id)
        .set({ x: 'only', b: { d: 3 } });
      expect(res.updated).toBe(1);
      expect(res.upsertedId).toBeUndefined();
      expect(await read(id)).toEqual({ _id: id, x: 'only', b: { d: 3 } });
    });

    test('creates the document when the id is free (upsert)', async () => {
      const res = await t.db
        .collection(coll)
        .doc('made-by-set')
        .set({ v: 1, at: new Date('2026-01-01T00:00:00Z') });
      expect(res.updated).toBe(0);
      expect(res.upsertedId).toBe('made-by-set');
      expect(await read('made-by-set')).toEqual({ _id: 'made-by-set', v: 1, at: new Date('2026-01-01T00:00:00Z') });
    });
  });

  describe('where().update()', () => {
    test('updates every match and reports how many', async () => {
      const _ = t.db.command;
      const many = await t.fresh('modify_many');
      await t.db.collection(many).add(Array.from({ length: 6 }, (_u, i) => ({ _id: `w${i}`, i, flag: false })));
      const res = await t.db
        .collection(many)
        .where({ i: _.gte(2) })
        .update({ flag: true, hits: _.inc(1) });
      expect(res.updated).toBe(4);
      const flagged = await t.db.collection(many).where({ flag: true }).orderBy('i', 'asc').get();
      expect(flagged.data.map((d: { _id: string }) => d._id)).toEqual(['w2', 'w3', 'w4', 'w5']);
      expect(flagged.data.every((d: { hits: number }) => d.hits === 1)).toBe(true);
      expect(await t.db.collection(many).doc('w0').get()).toMatchObject({ data: [{ _id: 'w0', i: 0, flag: false }] });
    });

    test('no match is updated 0', async () => {
      const res = await t.db.collection(coll).where({ nobody: 'here' }).update({ a: 1 });
      expect(res.updated).toBe(0);
    });
  });

  describe('conditional update (compare-and-set)', () => {
    test('applies while the condition holds, then answers updated 0', async () => {
      const _ = t.db.command;
      const id = await seed({ n: 4 });
      const first = await t.db
        .collection(coll)
        .where({ _id: id, n: _.lt(5) })
        .update({ n: _.inc(1) });
      expect(first.updated).toBe(1);
      const second = await t.db
        .collection(coll)
        .where({ _id: id, n: _.lt(5) })
        .update({ n: _.inc(1) });
      expect(second.updated).toBe(0);
      expect((await read(id)).n).toBe(5);
    });

    test('50 concurrent increments against a cap of 5: exactly 5 succeed', async () => {
      const _ = t.db.command;
      const id = await seed({ held: 0 });
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          t.db
            .collection(coll)
            .where({ _id: id, held: _.lt(5) })
            .update({ held: _.inc(1) }),
        ),
      );
      expect(results.filter((r) => r.updated === 1)).toHaveLength(5);
      expect(results.filter((r) => r.updated === 0)).toHaveLength(45);
      expect((await read(id)).held).toBe(5);
    });
  });
});
