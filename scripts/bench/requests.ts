import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { calendarSet } from '../../core/calendar';
import { SHIPPED_CALENDARS } from '../../core/calendar/years';
import { COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { buildBundles } from './bundles';
import { runLocalCloud } from '../../local-cloud/main';
import { CATEGORIES } from '../../cloudfunctions/_shared/reference-data';
import { callFunction } from '../support/local-cloud';
import { countersOf, syntheticRequests } from '../support/synthetic-requests';
import { percentile, report } from './report';

const UNITS = Array.from({ length: 36 }, (_, i) => `unit-${String(i + 1).padStart(2, '0')}`);
const RUNS = 7;
const QUARTER = { kind: 'quarter', year: 2026, quarter: 1 } as const;

type Cloud = Awaited<ReturnType<typeof runLocalCloud>>;

/**
 * Seeds requests and the counters the requests function would have kept for them straight into the store
 * (the SDK inserts one document per call; this is seeding, not what is measured). Counter documents are
 * replaced whole, so seeding all requests so far again gives the right totals.
 */
async function seed(cloud: Cloud, count: number, offset: number, all: ReturnType<typeof syntheticRequests>) {
  const fresh = syntheticRequests({
    count,
    units: UNITS,
    categories: CATEGORIES.map((c) => c._id),
    from: '2026-01-01',
    days: 90,
    calendars: calendarSet(SHIPPED_CALENDARS),
    seed: offset + 1,
  }).map((r, i) => ({ ...r, _id: `B${String(offset + i).padStart(7, '0')}` }));
  all.push(...fresh);
  for (let i = 0; i < fresh.length; i += 5000) {
    await cloud.store.commit(fresh.slice(i, i + 5000).map((doc) => ({ collection: COLLECTIONS.requests, id: doc._id, doc: doc as never })));
  }
  const counters = countersOf(all);
  for (let i = 0; i < counters.length; i += 5000) {
    await cloud.store.commit(
      counters.slice(i, i + 5000).map((doc) => ({ collection: COLLECTIONS.kpiCounters, id: doc._id, doc: doc as never })),
    );
  }
}

/** The full quarterly KPI report for all units through /fn/reports, timed (median of RUNS after a warm-up). */
async function timeReport(cloud: Cloud): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    const started = performance.now();
    const { body } = await callFunction(cloud, 'reports', { action: 'kpi', payload: { period: QUARTER } }, 'demo-admin');
    if (!body.ok) throw new Error(`kpi report failed: ${JSON.stringify(body)}`);
    if (body.data.units.length < UNITS.length) throw new Error('kpi report is missing units');
    if (run > 0) samples.push(performance.now() - started);
  }
  return percentile(samples, 50);
}

/**
 * `npm run bench requests`: the quarterly KPI report for 36 units with 1,000 and then 100,000 requests seeded
 * over the quarter. The report reads counter documents (36 units × 3 months), so its cost should not grow with
 * the number of requests: `requests.kpi_scaling` is the 100k time over the 1k time.
 */
export async function benchRequests(): Promise<void> {
  await buildBundles(['reports']);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-requests-'));
  const cloud = await runLocalCloud({ port: 0, dataDir, quiet: true });
  try {
    await cloud.store.commit(
      UNITS.map((id, i) => ({
        collection: COLLECTIONS.units,
        id,
        doc: { _id: id, name: { 'zh-CN': `单位 ${i + 1}`, en: `Unit ${i + 1}` }, active: true },
      })),
    );
    const all: ReturnType<typeof syntheticRequests> = [];
    const seedStarted = performance.now();
    await seed(cloud, 1_000, 0, all);
    const small = await timeReport(cloud);
    await seed(cloud, 99_000, 1_000, all);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const large = await timeReport(cloud);
    report('requests.kpi_1k_ms', small);
    report('requests.kpi_100k_ms', large);
    report('requests.kpi_scaling', large / small);
    report('requests.seed_100k_s', seedSeconds);
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
