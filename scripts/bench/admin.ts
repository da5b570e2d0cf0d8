import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { storedPerson } from '../../core/stays/application';
import { addDays, shanghaiDate } from '../../core/dates';
import type { StayApplication } from '../../core/stays/model';
import { LOCAL_PII_KEY } from '../../cloudfunctions/_shared/config';
import { piiKeyring, sealerOf } from '../../cloudfunctions/_shared/pii';
import { localFunctionEnv } from '../../local-cloud/environment';
import { launchBrowser } from '../support/browser';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { buildApp } from '../build-app';
import { buildBundles } from './bundles';
import { percentile, report } from './report';

const SIZES = [100, 10_000] as const;
// The demo station and its operator: the H5 role switcher only knows the demo personas.
const STATION = 'station-pudong';
const OPERATOR = 'demo-operator';
const LOADS = Number(process.env.BENCH_ADMIN_LOADS ?? 15);
const SCROLL_ROWS = 500;
/** The queue page's row height (src/admin/pages/queue/index.tsx, ROW_HEIGHT). */
const ROW_HEIGHT = 76;

// `performance` is the global one: the page functions below are serialised into Chromium, where an import would not exist.
type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;

/**
 * `n` pending stays at the demo station, as `stays.apply` would have stored them (sealed numbers, held nights),
 * written straight through the node-sdk 500 at a time: seeding 10,000 through the function would measure apply.
 * A quarter are older decisions (approved, rejected) so the status filter has something to leave out.
 */
async function seed(db: Db, n: number): Promise<void> {
  const seal = sealerOf(piiKeyring('local', new Map([['local', Buffer.from(LOCAL_PII_KEY, 'base64')]])));
  const today = shanghaiDate(new Date());
  const person = storedPerson(
    { name: 'Bench Guest', phone: '+8613800000000', identityDocument: { kind: 'passport', number: 'E00000000' } },
    seal,
  );
  const start = Date.now() - n * 60_000;
  const statuses = ['pending', 'pending', 'pending', 'approved', 'rejected'] as const;
  const total = Math.round(n * (statuses.length / 3));
  let pending = 0;
  for (let from = 0; from < total; from += 500) {
    const batch: StayApplication[] = [];
    for (let i = from; i < Math.min(total, from + 500); i += 1) {
      const status = statuses[i % statuses.length];
      if (status === 'pending' && (pending += 1) > n) continue;
      const checkIn = addDays(today, 1 + (i % 60));
      batch.push({
        _id: `bench-${String(i).padStart(6, '0')}`,
        stationId: STATION,
        type: i % 2 ? 'graduate' : 'overseas-professional',
        program: 'talent',
        ownerId: `bench-user-${i}`,
        person: { ...person, name: `Bench Guest ${i}` },
        idHash: `hash-${i}`,
        checkIn,
        nights: 1 + (i % 7),
        held: status === 'rejected' ? null : { first: checkIn, end: addDays(checkIn, 1 + (i % 7)) },
        status,
        facts: { intendsToWorkInShanghai: true, yearsAbroad: 5 },
        documents: [],
        pickup: null,
        reason: null,
        offerExpiresAt: null,
        submittedAt: new Date(start + i * 60_000),
        updatedAt: new Date(start + i * 60_000),
      });
    }
    if (batch.length > 0) await db.collection('stay_applications').add(batch);
  }
}

/** From the function call to the first page of rows on screen: the queue page's own User Timing marks. */
async function firstPageMs(page: Page): Promise<number> {
  await page.waitForFunction(
    () => performance.getEntriesByName('admin.queue.rendered').length > 0 && document.querySelector('.queue-row'),
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(() => {
    const [request] = performance.getEntriesByName('admin.queue.request');
    const [rendered] = performance.getEntriesByName('admin.queue.rendered');
    return rendered.startTime - request.startTime;
  });
}

/**
 * Scrolls the queue's list through `rows` rows, one step per animation frame (two rows a frame, ~30 s of a person
 * flicking), fetching pages as it goes; answers every frame's duration.
 */
async function scrollFrames(page: Page, rows: number): Promise<number[]> {
  return page.evaluate(
    async ({ rows, rowHeight }) => {
      const list = Array.from(document.querySelectorAll<HTMLElement>('.windowed-list')).find((el) => el.offsetParent !== null);
      if (!list) throw new Error('no visible list');
      const target = rows * rowHeight;
      const frames: number[] = [];
      let last = performance.now();
      const deadline = last + 60_000;
      while (list.scrollTop + list.clientHeight < target && performance.now() < deadline) {
        list.scrollTop += rowHeight * 2;
        await new Promise((r) => requestAnimationFrame(r));
        const now = performance.now();
        frames.push(now - last);
        last = now;
      }
      if (list.scrollTop + list.clientHeight < target) throw new Error(`scrolled only to row ${Math.floor(list.scrollTop / rowHeight)}`);
      return frames;
    },
    { rows, rowHeight: ROW_HEIGHT },
  );
}

/** The same number of animation frames with nothing scrolling: what the machine gives any page right now. */
async function idleFrames(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (count) => {
    const frames: number[] = [];
    let last = performance.now();
    for (let i = 0; i < count; i += 1) {
      await new Promise((r) => requestAnimationFrame(r));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  }, count);
}

async function callQueueMs(url: string): Promise<number> {
  const t0 = performance.now();
  const res = await fetch(`${url}/fn/stays`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': OPERATOR },
    body: JSON.stringify({ action: 'queue', payload: { status: ['pending'], pageSize: 50 } }),
  });
  const body = (await res.json()) as { ok: boolean; data?: { items: unknown[] } };
  if (!body.ok || body.data?.items.length !== 50) throw new Error(`queue failed: ${JSON.stringify(body).slice(0, 200)}`);
  return performance.now() - t0;
}

/**
 * `npm run bench admin`: the review queue's first page in Chromium (H5 build) against a local cloud holding 100,
 * then 10,000 pending applications (plus older decided ones), filtered by status and sorted by submit time; the
 * ratio says whether the cost grows with the collection. Then a scripted scroll through 500 rows of the big queue.
 */
export async function benchAdmin(): Promise<void> {
  await buildBundles(['account', 'stays']);
  buildApp('h5', { quiet: true });
  const browser = await launchBrowser();
  const medians: Record<number, number> = {};
  try {
    for (const size of SIZES) {
      const dataDir = mkdtempSync(join(tmpdir(), `rcyz-bench-admin-${size}-`));
      const cloud = await spawnLocalCloud(dataDir);
      try {
        Object.assign(process.env, localFunctionEnv(cloud.url));
        const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
        const seeded = performance.now();
        await seed(db, size);
        report(`admin.seed_${size === 100 ? '100' : '10k'}_ms`, performance.now() - seeded);
        // Warm the function bundle and the page's scripts outside the measurement.
        await callQueueMs(cloud.url);
        const fnTimes: number[] = [];
        for (let i = 0; i < LOADS; i += 1) fnTimes.push(await callQueueMs(cloud.url));

        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.addInitScript((openId) => localStorage.setItem('dev.openId', openId), OPERATOR);
        await page.goto(`${cloud.url}/#/admin/pages/queue/index`);
        await firstPageMs(page);
        const times: number[] = [];
        for (let i = 0; i < LOADS; i += 1) {
          await page.reload();
          times.push(await firstPageMs(page));
        }
        const label = size === 100 ? '100' : '10k';
        medians[size] = percentile(times, 50);
        report(`admin.queue_${label}_ms`, medians[size]);
        report(`admin.queue_fn_${label}_ms`, percentile(fnTimes, 50));

        if (size === 10_000) {
          const frames = await scrollFrames(page, SCROLL_ROWS);
          const idle = await idleFrames(page, frames.length);
          report('admin.idle_frames_over_50ms', idle.filter((f) => f > 50).length);
          report('admin.scroll_500_frames', frames.length);
          report('admin.scroll_500_frames_over_50ms', frames.filter((f) => f > 50).length);
          report('admin.scroll_500_p95_frame_ms', percentile(frames, 95));
          report('admin.scroll_500_rows_in_dom', await page.locator('.queue-row').count());
          // Again over the same rows, now all loaded: what rendering alone costs, without pages arriving.
          await page.evaluate(() => document.querySelectorAll<HTMLElement>('.windowed-list').forEach((el) => (el.scrollTop = 0)));
          const loaded = await scrollFrames(page, SCROLL_ROWS);
          report('admin.scroll_500_loaded_frames_over_50ms', loaded.filter((f) => f > 50).length);
        }
        await page.close();
      } finally {
        cloud.child.kill('SIGTERM');
        await cloud.exited;
        rmSync(dataDir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  report('admin.queue_scaling', medians[10_000] / medians[100]);
}
