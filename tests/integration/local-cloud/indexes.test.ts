import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localFunctionEnv } from '../../../local-cloud/environment';
import { startLocalCloud, type LocalCloud } from '../../../local-cloud/server';

/**
 * Declared indexes serve queries (same answers as a scan, including inside transactions and for older snapshots)
 * and anything they do not serve is reported.
 */
let cloud: LocalCloud;
let dataDir: string;
let db: ReturnType<ReturnType<typeof tcb.init>['database']>;
let _: ReturnType<ReturnType<typeof tcb.init>['database']>['command'];

const INDEXES = {
  apps: [
    { name: 'station_status_submitted', keys: { stationId: 1, status: 1, submittedAt: -1 } as Record<string, 1 | -1> },
    { name: 'tags', keys: { tags: 1 } as Record<string, 1 | -1> },
    { name: 'owner', keys: { 'owner.id': 1 } as Record<string, 1 | -1> },
  ],
};

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rcyz-indexes-'));
  cloud = await startLocalCloud({ port: 0, dataDir, functionsDir: dataDir, h5Dir: dataDir, indexes: INDEXES });
  Object.assign(process.env, localFunctionEnv(cloud.url));
  db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
  _ = db.command;
  await db.createCollection('apps');
  await db.createCollection('other');
  const statuses = ['pending', 'approved', 'rejected'];
  await Promise.all(
    Array.from({ length: 60 }, (_unused, i) =>
      db.collection('apps').add({
        _id: `a${String(i).padStart(2, '0')}`,
        stationId: i % 2 === 0 ? 's1' : 's2',
        status: statuses[i % 3],
        submittedAt: new Date(Date.UTC(2026, 10, 1, 0, i)),
        tags: i % 5 === 0 ? ['vip', 'pickup'] : [],
        owner: { id: `u${i % 7}` },
        nights: i % 4,
      }),
    ),
  );
});
afterAll(async () => {
  await cloud.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ids = (docs: Array<{ _id?: unknown }>) => docs.map((d) => d._id);
const reports = () => cloud.store.unindexedQueries().map((r) => r.query);

type App = { _id: string; stationId: string; status: string; tags: string[]; owner: { id: string }; nights: number };

describe('queries served by a declared index', () => {
  it.each([
    ['the first key', () => ({ stationId: 's1' }), (a: App) => a.stationId === 's1'],
    ['the first two keys', () => ({ stationId: 's2', status: 'pending' }), (a: App) => a.stationId === 's2' && a.status === 'pending'],
    ['$in on the first key', () => ({ stationId: _.in(['s1', 's2']), status: 'approved' }), (a: App) => a.status === 'approved'],
    ['a multikey (array) field', () => ({ tags: 'vip' }), (a: App) => a.tags.includes('vip')],
    ['a dotted path', () => ({ 'owner.id': 'u3' }), (a: App) => a.owner.id === 'u3'],
    [
      'an index key plus other conditions',
      () => ({ stationId: 's1', nights: _.gte(2) }),
      (a: App) => a.stationId === 's1' && a.nights >= 2,
    ],
  ])('answer like a scan: %s', async (_title, query, predicate) => {
    const served = await db.collection('apps').where(query()).orderBy('submittedAt', 'desc').limit(1000).get();
    expect(reports()).toEqual([]);
    // The whole collection, unsorted (a listing the local cloud does not report), filtered and sorted here.
    const all = (await db.collection('apps').limit(1000).get()).data as Array<App & { submittedAt: Date }>;
    const expected = all
      .filter(predicate)
      .sort((a, b) => b.submittedAt.getTime() - a.submittedAt.getTime())
      .map((a) => a._id);
    expect(expected.length).toBeGreaterThan(0);
    expect(ids(served.data)).toEqual(expected);
    expect((await db.collection('apps').where(query()).count()).total).toBe(expected.length);
  });

  it('keeps the sort order and page limits', async () => {
    const page = await db.collection('apps').where({ stationId: 's1', status: 'pending' }).orderBy('submittedAt', 'desc').limit(3).get();
    expect(ids(page.data)).toEqual(['a54', 'a48', 'a42']);
  });

  it('follows updates and removals', async () => {
    await db.collection('apps').doc('a00').update({ status: 'cancelled' });
    expect(ids((await db.collection('apps').where({ stationId: 's1', status: 'cancelled' }).get()).data)).toEqual(['a00']);
    expect(ids((await db.collection('apps').where({ stationId: 's1', status: 'pending' }).get()).data)).not.toContain('a00');
    await db.collection('apps').doc('a00').remove();
    expect((await db.collection('apps').where({ stationId: 's1', status: 'cancelled' }).get()).data).toEqual([]);
  });

  it('inside a transaction: sees its own writes, and the snapshot as it was', async () => {
    const t = await db.startTransaction();
    await t.collection('apps').add({ _id: 'mine', stationId: 's9', status: 'pending' });
    await db.collection('apps').doc('a01').update({ stationId: 's8' });
    expect(ids((await t.collection('apps').where({ stationId: 's9' }).get()).data)).toEqual(['mine']);
    expect(ids((await t.collection('apps').where({ stationId: 's2', status: 'approved' }).get()).data)).toContain('a01');
    expect(ids((await t.collection('apps').where({ stationId: 's8' }).get()).data)).toEqual([]);
    await t.rollback('done');
    expect(ids((await db.collection('apps').where({ stationId: 's8' }).get()).data)).toEqual(['a01']);
    expect((await db.collection('apps').where({ stationId: 's9' }).get()).data).toEqual([]);
  });
});

describe('queries no index serves', () => {
  it('are answered, and reported once per shape with a count', async () => {
    expect((await db.collection('apps').where({ nights: 3 }).count()).total).toBeGreaterThan(0);
    await db.collection('apps').where({ nights: 2 }).get();
    await db.collection('apps').where({ status: 'pending' }).get();
    await db.collection('apps').orderBy('nights', 'asc').get();
    await db.collection('apps').where({ nights: 1 }).update({ flagged: true });
    expect(cloud.store.unindexedQueries()).toEqual([
      { query: 'apps {"nights":"?"}', count: 3 },
      { query: 'apps {"status":"?"}', count: 1 },
      { query: 'apps {} sort {"nights":1}', count: 1 },
    ]);
  });

  it('are not reported for an unsorted listing, a sort an index leads with, or undeclared collections', async () => {
    const before = cloud.store.unindexedQueries();
    await db.collection('apps').limit(10).get();
    await db.collection('apps').orderBy('stationId', 'asc').get();
    await db.collection('other').where({ anything: 1 }).get();
    // A range on an index's first key: MongoDB would scan that index.
    expect(
      (
        await db
          .collection('apps')
          .where({ stationId: _.gte('s2') })
          .count()
      ).total,
    ).toBe(30);
    // A page after the last one read (housing repairs): a range and an `_.or` in a top-level `_.and`, sorted by the index.
    const after = _.or([{ stationId: _.gt('s1') }, { stationId: 's1', _id: _.gt('a57') }]);
    const page = await db
      .collection('apps')
      .where(_.and([{ stationId: _.gte('s1') }, after]))
      .orderBy('stationId', 'asc')
      .orderBy('_id', 'asc')
      .limit(3)
      .get();
    expect(ids(page.data)).toEqual(['a58', 'a03', 'a05']); // a01 moved to s8 above
    expect(cloud.store.unindexedQueries()).toEqual(before);
  });
});
