import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFunctionEnv } from '../../../local-cloud/environment';
import { startLocalCloud, type LocalCloud } from '../../../local-cloud/server';
import type { Tx } from '../fidelity/target';

/**
 * A sorted, limited query on an index's equality keys plus its next key reads the index in order: the same answer
 * as sorting every match (ties, `_.in`, ranges, descending, older snapshots), at the cost of the page.
 */
let cloud: LocalCloud;
let dataDir: string;
let db: ReturnType<ReturnType<typeof tcb.init>['database']>;
let _: ReturnType<ReturnType<typeof tcb.init>['database']>['command'];

const INDEXES = {
  apps: [{ name: 'station_status_submitted', keys: { stationId: 1, status: 1, submittedAt: 1 } as Record<string, 1 | -1> }],
};
const N = 3000;
const STATUSES = ['pending', 'approved', 'rejected', 'waitlisted'];

type App = { _id: string; stationId: string; status: string; submittedAt: Date; nights: number };

// Every 7th document shares its submit time with the one before, so ties are broken by `_id`.
const submittedAt = (i: number) => new Date(Date.UTC(2026, 10, 1) + (i % 7 === 0 ? i - 1 : i) * 60_000);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rcyz-ordered-'));
  cloud = await startLocalCloud({ port: 0, dataDir, functionsDir: dataDir, h5Dir: dataDir, indexes: INDEXES });
  Object.assign(process.env, localFunctionEnv(cloud.url));
  db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
  _ = db.command;
  await db.createCollection('apps');
  // Inserted out of submit order, so insertion order cannot pass for sort order.
  const order = Array.from({ length: N }, (_u, i) => (i * 7919) % N);
  for (let start = 0; start < N; start += 500) {
    await Promise.all(
      order.slice(start, start + 500).map((i) =>
        db.collection('apps').add({
          _id: `a${String(i).padStart(5, '0')}`,
          stationId: i % 3 === 0 ? 's2' : 's1',
          status: STATUSES[i % 4],
          submittedAt: submittedAt(i),
          nights: i % 7,
        }),
      ),
    );
  }
});
afterAll(async () => {
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function everything(): Promise<App[]> {
  const out: App[] = [];
  for (let offset = 0; ; offset += 1000) {
    const { data } = await db.collection('apps').skip(offset).limit(1000).get();
    out.push(...(data as App[]));
    if (data.length < 1000) return out;
  }
}

const bySubmit = (direction: 1 | -1) => (a: App, b: App) =>
  direction * (a.submittedAt.getTime() - b.submittedAt.getTime() || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));

const ids = (docs: Array<{ _id?: unknown }>) => docs.map((d) => d._id);

async function examined<T>(read: () => Promise<T>): Promise<{ result: T; docs: number }> {
  const before = cloud.store.stats.docsExamined;
  const result = await read();
  return { result, docs: cloud.store.stats.docsExamined - before };
}

describe('a page in index order', () => {
  it('answers like a full sort and reads about one page, not every match', async () => {
    const all = await everything();
    const expected = all.filter((a) => a.stationId === 's1' && a.status === 'pending').sort(bySubmit(1));
    expect(expected.length).toBeGreaterThan(400);
    const { result, docs } = await examined(() =>
      db
        .collection('apps')
        .where({ stationId: 's1', status: 'pending' })
        .orderBy('submittedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(20)
        .get(),
    );
    expect(ids(result.data)).toEqual(ids(expected.slice(0, 20)));
    expect(docs).toBeLessThanOrEqual(25);
    expect(cloud.store.unindexedQueries()).toEqual([]);
  });

  it('pages by keyset to exactly the full sorted list, descending, with `_.in` and other filters', async () => {
    const all = await everything();
    const match = (a: App) => a.stationId === 's1' && ['pending', 'waitlisted'].includes(a.status) && a.nights >= 2;
    const expected = all.filter(match).sort(bySubmit(-1));
    const seen: App[] = [];
    let cursor: App | undefined;
    for (;;) {
      const base = { stationId: 's1', status: _.in(['pending', 'waitlisted']), nights: _.gte(2) };
      const where = cursor
        ? _.and([
            { ...base, submittedAt: _.lte(cursor.submittedAt) },
            _.or([{ submittedAt: _.lt(cursor.submittedAt) }, { _id: _.lt(cursor._id) }]),
          ])
        : base;
      const { result, docs } = await examined(() =>
        db.collection('apps').where(where).orderBy('submittedAt', 'desc').orderBy('_id', 'desc').limit(50).get(),
      );
      // Two lists (one per status) and the filter on nights: well under the matches, which number many hundreds.
      expect(docs).toBeLessThan(200);
      const page = result.data as App[];
      seen.push(...page);
      if (page.length < 50) break;
      cursor = page[page.length - 1];
    }
    expect(ids(seen)).toEqual(ids(expected));
  });

  it('follows updates: a document leaves one bucket and enters another at its new time', async () => {
    const first = (await db.collection('apps').where({ stationId: 's2', status: 'approved' }).orderBy('submittedAt', 'asc').limit(1).get())
      .data[0] as App;
    await db
      .collection('apps')
      .doc(first._id)
      .update({ status: 'pending', submittedAt: new Date(Date.UTC(2030, 0, 1)) });
    const approved = await db
      .collection('apps')
      .where({ stationId: 's2', status: 'approved' })
      .orderBy('submittedAt', 'asc')
      .limit(5)
      .get();
    expect(ids(approved.data)).not.toContain(first._id);
    const latest = await db.collection('apps').where({ stationId: 's2', status: 'pending' }).orderBy('submittedAt', 'desc').limit(1).get();
    expect(ids(latest.data)).toEqual([first._id]);
    const all = await everything();
    const expected = all.filter((a) => a.stationId === 's2' && a.status === 'approved').sort(bySubmit(1));
    expect(ids(approved.data)).toEqual(ids(expected.slice(0, 5)));
  });

  it('serves an older snapshot: a transaction still sees a document as it was when it started', async () => {
    const pending = () =>
      db.collection('apps').where({ stationId: 's1', status: 'pending' }).orderBy('submittedAt', 'asc').orderBy('_id', 'asc').limit(3);
    const before = ids((await pending().get()).data);
    const seenInside = await db.runTransaction(async (transaction: Tx) => {
      await db
        .collection('apps')
        .doc(before[0] as string)
        .update({ status: 'rejected' });
      const inside = await transaction
        .collection('apps')
        .where({ stationId: 's1', status: 'pending' })
        .orderBy('submittedAt', 'asc')
        .orderBy('_id', 'asc')
        .limit(3)
        .get();
      return ids(inside.data);
    });
    expect(seenInside).toEqual(before);
    expect(ids((await pending().get()).data)).not.toContain(before[0]);
  });
});
