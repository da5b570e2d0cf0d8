import { realCloudBaseConfigured } from '../../support/sdk-target';
import { idsOf, useSdkTarget, type Tx } from './target';

/** `database.startTransaction` / `commitTransaction` / `abortTransaction`, and the calls made inside them. */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const t = useSdkTarget(kind);

describe(`transactions (${kind})`, () => {
  let coll: string;
  beforeEach(async () => {
    coll = await t.fresh(`txn_${Math.random().toString(36).slice(2, 8)}`);
    await t.db.collection(coll).add([
      { _id: 'a', n: 1, group: 'g' },
      { _id: 'b', n: 2, group: 'g' },
      { _id: 'c', n: 3, group: 'h' },
    ]);
  });
  const read = async (id: string) => (await t.db.collection(coll).doc(id).get()).data[0] ?? null;
  const all = async () => (await t.db.collection(coll).orderBy('_id', 'asc').get()).data;

  describe('runTransaction', () => {
    test('commits every write made inside, and returns the callback result', async () => {
      const _ = t.db.command;
      const result = await t.db.runTransaction(async (tx: Tx) => {
        const got = await tx.collection(coll).doc('a').get();
        expect(got.data).toEqual({ _id: 'a', n: 1, group: 'g' });
        const missing = await tx.collection(coll).doc('nope').get();
        expect(missing.data).toBeNull();
        const added = await tx.collection(coll).add({ _id: 'new', n: 9 });
        expect(added).toMatchObject({ id: 'new', inserted: 1, ok: 1 });
        const setRes = await tx.collection(coll).doc('set-made').set({ n: 7 });
        expect(setRes.upserted).toEqual([{ _id: 'set-made' }]);
        expect(
          (
            await tx
              .collection(coll)
              .doc('a')
              .update({ n: _.inc(10) })
          ).updated,
        ).toBe(1);
        expect((await tx.collection(coll).doc('b').set({ replaced: true })).updated).toBe(1);
        expect((await tx.collection(coll).doc('c').remove()).deleted).toBe(1);
        return { done: true };
      });
      expect(result).toEqual({ done: true });
      expect(await all()).toEqual([
        { _id: 'a', n: 11, group: 'g' },
        { _id: 'b', replaced: true },
        { _id: 'new', n: 9 },
        { _id: 'set-made', n: 7 },
      ]);
    });

    test("t.rollback('reason') rejects with the bare reason and writes nothing", async () => {
      const outcome = t.db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).doc('a').update({ n: 100 });
        await tx.collection(coll).add({ _id: 'ghost' });
        await tx.rollback('reason');
      });
      await expect(outcome).rejects.toBe('reason');
      expect(await all()).toEqual([
        { _id: 'a', n: 1, group: 'g' },
        { _id: 'b', n: 2, group: 'g' },
        { _id: 'c', n: 3, group: 'h' },
      ]);
    });

    test('an error thrown inside aborts and is rethrown as it was', async () => {
      const boom = new Error('boom');
      const outcome = t.db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).doc('c').remove();
        await tx.collection(coll).doc('b').update({ n: 50 });
        throw boom;
      });
      await expect(outcome).rejects.toBe(boom);
      expect(await read('c')).toEqual({ _id: 'c', n: 3, group: 'h' });
      expect(await read('b')).toEqual({ _id: 'b', n: 2, group: 'g' });
    });

    test('where().get() inside sees the transaction’s own writes', async () => {
      await t.db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).add({ _id: 'd', n: 4, group: 'g' });
        await tx.collection(coll).doc('c').update({ group: 'g' });
        await tx.collection(coll).doc('a').remove();
        const inside = await tx.collection(coll).where({ group: 'g' }).get();
        expect(idsOf(inside.data)).toEqual(['b', 'c', 'd']);
        // Outside, nothing has happened yet.
        expect(idsOf((await t.db.collection(coll).where({ group: 'g' }).get()).data)).toEqual(['a', 'b']);
      });
      expect(idsOf((await t.db.collection(coll).where({ group: 'g' }).get()).data)).toEqual(['b', 'c', 'd']);
    });

    test('updateAndReturn inside sees and makes transactional writes', async () => {
      const _ = t.db.command;
      const outcome = t.db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).doc('a').update({ n: 5 });
        const res = await tx
          .collection(coll)
          .where({ _id: 'a', n: _.gte(5) })
          .updateAndReturn({ n: _.inc(1) });
        expect(res.doc).toEqual({ _id: 'a', n: 6, group: 'g' });
        await tx.rollback('undo');
      });
      await expect(outcome).rejects.toBe('undo');
      expect(await read('a')).toEqual({ _id: 'a', n: 1, group: 'g' });
    });

    test('where().update() inside is not transactional: it lands at once and survives a rollback (SDK behaviour)', async () => {
      const outcome = t.db.runTransaction(async (tx: Tx) => {
        await tx.collection(coll).where({ group: 'h' }).update({ touched: true });
        await tx.rollback('undo');
      });
      await expect(outcome).rejects.toBe('undo');
      expect(await read('c')).toEqual({ _id: 'c', n: 3, group: 'h', touched: true });
    });

    /** `runTransaction` with a read-then-set increment of one counter, `n` at once. */
    const concurrentIncrements = async (n: number) => {
      const id = `counter${n}`;
      await t.db.collection(coll).add({ _id: id, value: 0 });
      const results = await Promise.allSettled(
        Array.from({ length: n }, () =>
          t.db.runTransaction(async (tx: Tx) => {
            const { data } = await tx.collection(coll).doc(id).get();
            await tx
              .collection(coll)
              .doc(id)
              .set({ value: data.value + 1 });
            return data.value + 1;
          }),
        ),
      );
      const fulfilled = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value as number] : []));
      const rejected = results.flatMap((r) => (r.status === 'rejected' ? [r.reason] : []));
      return { fulfilled: fulfilled.sort((x, y) => x - y), rejected, final: await read(id) };
    };

    test('4 concurrent read-then-set increments all land: the SDK retries a conflict with a new transaction', async () => {
      // The SDK tries 4 times in all (runTransaction(cb, times = 3)), and each round lets one writer through.
      const { fulfilled, rejected, final } = await concurrentIncrements(4);
      expect(rejected).toEqual([]);
      expect(fulfilled).toEqual([1, 2, 3, 4]);
      expect(final).toEqual({ _id: 'counter4', value: 4 });
    });

    test('10 concurrent: no update is lost; those out of retries reject with DATABASE_TRANSACTION_CONFLICT', async () => {
      const { fulfilled, rejected, final } = await concurrentIncrements(10);
      expect(fulfilled.length).toBeGreaterThanOrEqual(4);
      expect(fulfilled).toEqual(Array.from({ length: fulfilled.length }, (_u, i) => i + 1));
      expect(final).toEqual({ _id: 'counter10', value: fulfilled.length });
      expect(rejected).toHaveLength(10 - fulfilled.length);
      for (const reason of rejected) expect(reason).toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
    });
  });

  describe('startTransaction by hand', () => {
    test('nothing is visible outside before commit, everything after', async () => {
      const tx = await t.db.startTransaction();
      await tx.collection(coll).doc('a').update({ n: 42 });
      await tx.collection(coll).add({ _id: 'pending' });
      expect(await read('a')).toEqual({ _id: 'a', n: 1, group: 'g' });
      expect(await read('pending')).toBeNull();
      await tx.commit();
      expect(await read('a')).toEqual({ _id: 'a', n: 42, group: 'g' });
      expect(await read('pending')).toEqual({ _id: 'pending' });
    });

    test('rollback() discards the writes', async () => {
      const tx = await t.db.startTransaction();
      await tx.collection(coll).doc('a').remove();
      await tx.rollback();
      expect(await read('a')).toEqual({ _id: 'a', n: 1, group: 'g' });
    });

    test('snapshot isolation: a write committed after the transaction started is not seen inside', async () => {
      const tx = await t.db.startTransaction();
      expect((await tx.collection(coll).doc('a').get()).data).toEqual({ _id: 'a', n: 1, group: 'g' });
      await t.db.collection(coll).doc('a').update({ n: 2 });
      await t.db.collection(coll).add({ _id: 'late', group: 'g' });
      expect((await tx.collection(coll).doc('a').get()).data).toEqual({ _id: 'a', n: 1, group: 'g' });
      expect((await tx.collection(coll).doc('late').get()).data).toBeNull();
      expect(idsOf((await tx.collection(coll).where({ group: 'g' }).get()).data)).toEqual(['a', 'b']);
      await tx.commit();
      expect(await read('a')).toEqual({ _id: 'a', n: 2, group: 'g' });
    });

    test('snapshot from the start, even for a document first read after the outside write', async () => {
      const tx = await t.db.startTransaction();
      // The snapshot is fixed once the transaction has done something (MongoDB: at its first operation).
      await tx.collection(coll).doc('a').get();
      await t.db.collection(coll).doc('b').update({ n: 20 });
      expect((await tx.collection(coll).doc('b').get()).data).toEqual({ _id: 'b', n: 2, group: 'g' });
      await tx.rollback();
    });

    test('writing a document changed outside since the snapshot is DATABASE_TRANSACTION_CONFLICT', async () => {
      const tx = await t.db.startTransaction();
      await tx.collection(coll).doc('a').get();
      await t.db.collection(coll).doc('a').update({ n: 2 });
      await expect(tx.collection(coll).doc('a').update({ n: 99 })).rejects.toMatchObject({ code: 'DATABASE_TRANSACTION_CONFLICT' });
      expect(await read('a')).toEqual({ _id: 'a', n: 2, group: 'g' });
    });

    test('two transactions writing the same document: the later writer gets DATABASE_TRANSACTION_CONFLICT', async () => {
      const first = await t.db.startTransaction();
      const second = await t.db.startTransaction();
      await first.collection(coll).doc('a').update({ n: 10 });
      await expect(second.collection(coll).doc('a').update({ n: 20 })).rejects.toMatchObject({
        code: 'DATABASE_TRANSACTION_CONFLICT',
      });
      await first.commit();
      expect(await read('a')).toEqual({ _id: 'a', n: 10, group: 'g' });
    });

    test('two transactions writing different documents both commit', async () => {
      const first = await t.db.startTransaction();
      const second = await t.db.startTransaction();
      await first.collection(coll).doc('a').update({ n: 10 });
      await second.collection(coll).doc('b').update({ n: 20 });
      await second.commit();
      await first.commit();
      expect(await read('a')).toEqual({ _id: 'a', n: 10, group: 'g' });
      expect(await read('b')).toEqual({ _id: 'b', n: 20, group: 'g' });
    });

    test('a duplicate _id added inside is DATABASE_DUPLICATE_WRITE', async () => {
      const tx = await t.db.startTransaction();
      await expect(tx.collection(coll).add({ _id: 'a' })).rejects.toMatchObject({ code: 'DATABASE_DUPLICATE_WRITE' });
      await tx.rollback().catch(() => undefined);
    });
  });
});
