import tcb from '@cloudbase/node-sdk';
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { localFunctionEnv } from '../../../local-cloud/environment';
import { realCloudBaseConfigured, type Db } from '../../support/sdk-target';
import { LOCAL_NOTICE, type Tx } from './target';

/**
 * Durability of the local cloud's journal: `npx tsx local-cloud/main.ts` as a child process, writes through the real
 * SDK, `kill -9`, restart on the same DATA_DIR, read everything back.
 */
const kind = realCloudBaseConfigured() ? 'cloudbase' : 'local';
const ROOT = resolve(__dirname, '../../..');
const URL_LINE = /人才驿站 local cloud\s+(http:\/\/127\.0\.0\.1:\d+)/;
/** The `data` line of the banner, which says whether this start seeded the demo district. */
const DATA_LINE = /\n\s+data\s+(.*)\n/;

type Child = ChildProcessByStdio<null, Readable, Readable>;
interface RunningCloud {
  child: Child;
  url: string;
  db: Db;
  stdout(): string;
}

const children = new Set<Child>();
const dataDirs: string[] = [];

const newDataDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'rcyz-durability-'));
  dataDirs.push(dir);
  return dir;
};

/**
 * Starts the CLI entry on a free port (PORT=0; the banner tells which) and waits for its URL line. Node runs the
 * TypeScript through tsx's loader in ONE process: `tsx/cli` would run the server in a grandchild that a SIGKILL of
 * the child leaves running.
 */
async function startCloud(dataDir: string): Promise<RunningCloud> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'local-cloud/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL line after 20 s\nstdout: ${stdout}\nstderr: ${stderr}`)), 20_000);
    const onData = () => {
      const match = URL_LINE.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolveUrl(match[1]);
    };
    child.stdout.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the local cloud exited (${code ?? signal}) before printing its URL\nstderr: ${stderr}`));
    });
  });
  // Keeps the SDK from probing cloud metadata hosts (TOOLCHAIN.md), as the local cloud does for its functions.
  Object.assign(process.env, localFunctionEnv(url));
  // The SDK arms a 3 s "slow request" warning per call and clears it only on a reply: every call cut off by the
  // kill would warn 3 s later and hold Jest open until then.
  process.env.SILENCE = 'true';
  const db = tcb.init({ env: 'local', serviceUrl: `${url}/admin` }).database();
  return { child, url, db, stdout: () => stdout };
}

/** The banner's `data` line (it is printed in the same write as the URL line, but wait for it all the same). */
async function dataLine(cloud: RunningCloud): Promise<string> {
  for (let tries = 0; tries < 200; tries += 1) {
    const match = DATA_LINE.exec(cloud.stdout());
    if (match) return match[1];
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`no data line in the banner:\n${cloud.stdout()}`);
}

/** `kill -9`, resolved once the process is gone. */
async function kill9(cloud: RunningCloud): Promise<void> {
  const { child } = cloud;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  child.kill('SIGKILL');
  await exited;
  expect(child.signalCode).toBe('SIGKILL');
}

/** Every document of a collection, by _id, in pages of 1000. */
async function everything(db: Db, collection: string): Promise<Array<Record<string, any>>> {
  const out: Array<Record<string, any>> = [];
  for (;;) {
    const { data } = await db.collection(collection).orderBy('_id', 'asc').skip(out.length).limit(1000).get();
    out.push(...data);
    if (data.length < 1000) return out;
  }
}

const describeLocal = kind === 'local' ? describe : describe.skip;

describeLocal('durability of the local cloud (local only: it kills the local cloud process; CloudBase is not ours to crash)', () => {
  beforeAll(() => {
    console.info(LOCAL_NOTICE);
  });

  afterAll(async () => {
    await Promise.all(
      [...children].map(
        (child) =>
          new Promise<void>((r) => {
            child.once('exit', () => r());
            child.kill('SIGKILL');
          }),
      ),
    );
    for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
  });

  test('acknowledged writes of every kind survive kill -9 and two restarts; the demo district is not seeded again', async () => {
    const dir = newDataDir();
    const first = await startCloud(dir);
    expect(await dataLine(first)).toContain('(new: demo district seeded)');
    const db = first.db;
    const _ = db.command;
    const seededUsers = (await db.collection('users').count()).total;
    expect(seededUsers).toBeGreaterThan(0);
    // Seeding again would overwrite this (the demo users have fixed ids), not just change the count.
    expect((await db.collection('users').doc('demo-applicant').update({ displayName: 'renamed before the crash' })).updated).toBe(1);
    await db.collection('users').add({ _id: 'fidelity-extra-user', displayName: 'extra' });
    const users = seededUsers + 1;

    await db.createCollection('durable');
    const ids = Array.from({ length: 200 }, (_u, i) => `w${String(i).padStart(3, '0')}`);
    const added = await Promise.all(
      ids.map((id, i) =>
        db.collection('durable').add({
          _id: id,
          i,
          at: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
          nested: { even: i % 2 === 0, list: [i, String(i)] },
        }),
      ),
    );
    expect(added.map((r) => r.id)).toEqual(ids);
    const auto = await db.collection('durable').add({ auto: true, stamp: db.serverDate() });
    expect(
      (
        await db
          .collection('durable')
          .doc('w001')
          .update({ i: _.inc(1000), tag: 'updated', nested: { extra: true } })
      ).updated,
    ).toBe(1);
    expect(
      (
        await db
          .collection('durable')
          .where({ i: _.lt(10) })
          .update({ small: true })
      ).updated,
    ).toBe(9);
    expect((await db.collection('durable').doc('w198').set({ replaced: true })).updated).toBe(1);
    expect((await db.collection('durable').doc('w199').remove()).deleted).toBe(1);
    await db.runTransaction(async (tx: Tx) => {
      await tx.collection('durable').add({ _id: 'tx-added', by: 'transaction' });
      await tx.collection('durable').doc('w002').update({ tx: true });
      await tx.collection('durable').doc('w003').remove();
    });
    await expect(
      db.runTransaction(async (tx: Tx) => {
        await tx.collection('durable').add({ _id: 'tx-ghost' });
        await tx.rollback('not this one');
      }),
    ).rejects.toBe('not this one');

    const before = await everything(db, 'durable');
    // 200 added + 1 auto-id + 1 in the transaction, minus w199 and w003.
    expect(before).toHaveLength(200);
    expect(before.find((d) => d._id === 'w001')).toEqual({
      _id: 'w001',
      i: 1001,
      tag: 'updated',
      at: new Date(Date.UTC(2026, 0, 1) + 60_000),
      nested: { even: false, list: [1, '1'], extra: true },
    });
    expect(before.find((d) => d._id === 'w198')).toEqual({ _id: 'w198', replaced: true });
    expect(before.find((d) => d._id === 'w002')).toMatchObject({ small: true, tx: true });
    expect(before.find((d) => d._id === auto.id)?.stamp).toBeInstanceOf(Date);
    expect(before.map((d) => d._id)).not.toEqual(expect.arrayContaining(['w199', 'w003', 'tx-ghost']));

    await kill9(first);
    const second = await startCloud(dir);
    expect(await dataLine(second)).not.toContain('seeded');
    expect(await everything(second.db, 'durable')).toEqual(before);
    expect((await second.db.collection('users').count()).total).toBe(users);
    expect((await second.db.collection('users').doc('demo-applicant').get()).data[0].displayName).toBe('renamed before the crash');

    // The second start folded the journal into the snapshot; a write after it and another crash must survive too.
    await second.db.collection('durable').doc('w000').update({ afterRestart: true });
    const after = before.map((d) => (d._id === 'w000' ? { ...d, afterRestart: true } : d));
    await kill9(second);
    const third = await startCloud(dir);
    expect(await dataLine(third)).not.toContain('seeded');
    expect(await everything(third.db, 'durable')).toEqual(after);
    expect((await third.db.collection('users').count()).total).toBe(users);
    await kill9(third);
  }, 60_000);

  test('writing in a loop and kill -9 mid-stream: every acknowledged write is there after restart', async () => {
    const dir = newDataDir();
    const first = await startCloud(dir);
    const db = first.db;
    const _ = db.command;
    const WRITERS = 8;
    const KILL_AFTER = 400;
    await db.createCollection('stream');
    await db.collection('stream').add(Array.from({ length: WRITERS }, (_u, w) => ({ _id: `counter-${w}`, n: 0 })));

    const attempted = new Set<string>();
    const acknowledged = new Set<string>();
    const incrementsSent = new Array<number>(WRITERS).fill(0);
    const incrementsAcknowledged = new Array<number>(WRITERS).fill(0);
    let killing: Promise<void> | undefined;
    // Each writer adds a document, then increments its counter, until the server is gone.
    const writer = async (w: number) => {
      for (let n = 0; ; n += 1) {
        const id = `s-${w}-${n}`;
        attempted.add(id);
        try {
          await db.collection('stream').add({ _id: id, w, n, body: 'x'.repeat(200) });
        } catch {
          return;
        }
        acknowledged.add(id);
        if (acknowledged.size >= KILL_AFTER) killing ??= kill9(first);
        incrementsSent[w] += 1;
        try {
          await db
            .collection('stream')
            .doc(`counter-${w}`)
            .update({ n: _.inc(1) });
        } catch {
          return;
        }
        incrementsAcknowledged[w] += 1;
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, (_u, w) => writer(w)));
    await killing;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);

    const second = await startCloud(dir);
    const stored = await everything(second.db, 'stream');
    const storedIds = new Set(stored.filter((d) => d._id.startsWith('s-')).map((d) => d._id as string));
    expect([...acknowledged].filter((id) => !storedIds.has(id))).toEqual([]);
    // Nothing that was never sent; a write in flight at the kill may or may not have made it.
    expect([...storedIds].filter((id) => !attempted.has(id))).toEqual([]);
    for (let w = 0; w < WRITERS; w += 1) {
      const counter = stored.find((d) => d._id === `counter-${w}`);
      expect(counter?.n).toBeGreaterThanOrEqual(incrementsAcknowledged[w]);
      expect(counter?.n).toBeLessThanOrEqual(incrementsSent[w]);
    }
    await kill9(second);
  }, 60_000);
});
