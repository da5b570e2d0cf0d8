import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Store } from '../../local-cloud/db/store';
import type { Doc } from '../../local-cloud/db/types';
import { applyUpdate, sameDoc } from '../../local-cloud/db/update';

/** A month bucket as the stays functions write it, frozen deep so that any write to it throws. */
function bucket() {
  const deepFreeze = <T>(value: T): T => {
    if (value && typeof value === 'object') for (const item of Object.values(value)) deepFreeze(item);
    return Object.freeze(value);
  };
  return deepFreeze({
    _id: 's:2026-12',
    free: { '2026-12-01': 2, '2026-12-02': 2 },
    held: { '2026-12-01': 0, '2026-12-02': 0 },
    holders: { 'a|2026-12-01': 1 } as Record<string, number>,
    at: new Date('2026-12-01T00:00:00Z'),
    tags: ['x'],
  });
}

describe('local cloud: applyUpdate copies only what it writes (copy-on-write)', () => {
  it('writes the new version and leaves the old one as it was, sharing what did not change', () => {
    const old = bucket();
    const next = applyUpdate(old, {
      $inc: { 'free.2026-12-02': -1, 'held.2026-12-02': 1 },
      $set: { 'holders.b|2026-12-02': 1, 'new.deep.field': 'v' },
      $unset: { 'holders.a|2026-12-01': '' },
    });
    expect(next).toEqual({
      _id: 's:2026-12',
      free: { '2026-12-01': 2, '2026-12-02': 1 },
      held: { '2026-12-01': 0, '2026-12-02': 1 },
      holders: { 'b|2026-12-02': 1 },
      at: new Date('2026-12-01T00:00:00Z'),
      tags: ['x'],
      new: { deep: { field: 'v' } },
    });
    expect(old).toEqual(bucket());
    expect(next.tags).toBe(old.tags);
    expect(sameDoc(old, next)).toBe(false);
  });

  it('an update that changes nothing answers the document itself, and sameDoc says so', () => {
    const old = bucket();
    for (const data of [
      { $inc: { 'free.2026-12-01': 0 } },
      { $set: { 'holders.a|2026-12-01': 1, tags: ['x'] } },
      { $unset: { 'holders.nobody': '', 'missing.path': '' } },
      { at: new Date('2026-12-01T00:00:00Z') },
    ]) {
      const next = applyUpdate(old, data);
      expect(next).toBe(old);
      expect(sameDoc(old, next)).toBe(true);
    }
  });

  it('a change is a change: a new field set to what an inherited one is, an $inc of a missing field by 0', () => {
    const old = bucket();
    expect(sameDoc(old, applyUpdate(old, { $set: { 'free.toString': 1 } }))).toBe(false);
    const zero = applyUpdate(old, { $inc: { 'held.2026-12-03': 0 } });
    expect(zero.held).toEqual({ '2026-12-01': 0, '2026-12-02': 0, '2026-12-03': 0 });
    expect(sameDoc(old, zero)).toBe(false);
  });

  it('what it does not apply itself (an array on the path, another operator) goes to mingo, on a copy', () => {
    const old = bucket();
    const next = applyUpdate(old, { $push: { tags: 'y' } });
    expect(next.tags).toEqual(['x', 'y']);
    expect(old.tags).toEqual(['x']);
    expect(sameDoc(old, next)).toBe(false);
  });
});

describe('local cloud: the journal records an update as its operators, and replays it', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'rcyz-journal-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a reopened store has every version as written, and the journal line is the update, not the document', async () => {
    const store = await Store.open(dir);
    await store.createCollection('stay_nights');
    const first = { ...bucket(), holders: { ...bucket().holders } };
    await store.commit([{ collection: 'stay_nights', id: first._id, doc: first }]);
    let doc = store.get('stay_nights', first._id, store.latestView()) as Doc;
    for (let n = 0; n < 5; n += 1) {
      doc = applyUpdate(doc, { $inc: { 'free.2026-12-01': -1 }, $set: { [`holders.h${n}|2026-12-01`]: 1, at: new Date(n) } });
      await store.commit([{ collection: 'stay_nights', id: doc._id, doc }]);
    }
    // A version not made from the committed one (here: from the first) is journaled whole.
    const stale = applyUpdate(first, { $set: { 'holders.late|2026-12-02': 1 } });
    await store.commit([{ collection: 'stay_nights', id: stale._id, doc: stale }]);
    const lines = readFileSync(join(dir, 'journal.ejsonl'), 'utf8').trim().split('\n');
    await store.close();
    expect(lines.filter((line) => line.includes('"u":'))).toHaveLength(5);
    expect(lines[lines.length - 1]).toContain('"d":');

    const reopened = await Store.open(dir);
    expect(reopened.get('stay_nights', first._id, reopened.latestView())).toEqual(stale);
    await reopened.close();

    // Without the last write, the replayed updates give the fifth version exactly.
    const other = join(dir, 'without-last');
    mkdirSync(other);
    writeFileSync(join(other, 'journal.ejsonl'), `${lines.slice(0, -1).join('\n')}\n`);
    const again = await Store.open(other);
    expect(again.get('stay_nights', first._id, again.latestView())).toEqual(doc);
    await again.close();
  });
});
