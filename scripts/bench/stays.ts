import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { overbookedDates, type CapacityBucket } from '../../core/capacity/buckets';
import { addDays, shanghaiDate } from '../../core/dates';
import { localFunctionEnv } from '../../local-cloud/environment';
import { runLocalCloud } from '../../local-cloud/main';
import { consentFirst } from '../support/consent';
import { madeUpIdCard } from '../support/id-cards';
import { pdfDocument, withUploads } from '../support/uploads';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { buildBundles } from './bundles';
import { cpuMsOf, percentile, report } from './report';
import { requestsSent, SERIAL_TIMED, serialRoundTrips } from './serial';
import { noteProfileWindow, profileClock } from '../profile-window';

const CLIENTS = 50;
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 20);
const RACERS = Number(process.env.BENCH_RACERS ?? 200);
/** Applies whose requests to the database are counted, one after the other (`stays.apply_round_trips`). */
const COUNTED = 5;

type Db = ReturnType<ReturnType<typeof tcb.init>['database']>;

/**
 * The files an apply names are the caller's own uploads (the functions check them against storage): uploaded once per
 * caller and file, before the measurements (`uploadDocuments`), as the app uploads before it submits.
 */
async function call(
  url: string,
  fn: string,
  openId: string,
  event: { payload: unknown },
): Promise<{ ok: boolean; error?: { code: string } }> {
  const res = await fetch(`${url}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Dev-OpenId': openId },
    body: JSON.stringify({ ...event, payload: await withUploads({ url }, openId, event.payload) }),
  });
  return (await res.json()) as { ok: boolean; error?: { code: string } };
}

const stayApply = (stationId: string, n: number, checkIn: string, nights: number, joinWaitlist = false) => ({
  action: 'apply',
  requestId: `bench-${stationId}-${n}`,
  payload: {
    stationId,
    type: 'overseas-professional',
    checkIn,
    nights,
    applicant: {
      name: `Bench ${n}`,
      phone: '+8613800000000',
      identityDocument: { kind: 'passport', number: `B${stationId.length}${String(n).padStart(9, '0')}` },
    },
    intendsToWorkInShanghai: true,
    yearsAbroad: 5,
    documents: [pdfDocument('passport'), pdfDocument('work-proof')],
    joinWaitlist,
  },
});

const seatApply = (stationId: string, n: number, startDate: string) => ({
  action: 'apply',
  requestId: `bench-seat-${n}`,
  payload: {
    stationId,
    seats: 1 + (n % 2),
    months: 1,
    startDate,
    team: {
      name: `Team ${n}`,
      leader: {
        name: `Lead ${n}`,
        phone: '+8613800000000',
        identityDocument: { kind: 'id-card', number: madeUpIdCard(n) },
      },
      members: [],
      projectSummary: 'A benchmark team with a plan',
    },
    documents: [pdfDocument('business-plan')],
  },
});

const addStation = (db: Db, id: string, beds: number, seats: number) =>
  db.collection('stations').add({ _id: id, name: { 'zh-CN': id, en: id }, beds, seats, active: true });

async function overbooked(db: Db, collection: 'stay_nights' | 'seat_days'): Promise<number> {
  const { data } = await db
    .collection(collection)
    .where({ stationId: db.command.in(['bench-race', 'bench-seats']) })
    .limit(1000)
    .get();
  return (data as CapacityBucket[]).reduce((sum, bucket) => sum + overbookedDates(bucket).length, 0);
}

/**
 * `npm run bench stays`: 50 concurrent clients apply for stays through /fn/stays (each a different applicant),
 * beside the raw insertDocument rate of the same local cloud at the same concurrency in the same run; then 200
 * applicants race for the same 3 nights at 5 beds, and 200 teams for 5 seats, and every night/day is checked.
 */
export async function benchStays(): Promise<void> {
  await buildBundles(['account', 'stays', 'workspaces']);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-stays-'));
  const cloud = await spawnLocalCloud(dataDir);
  try {
    Object.assign(process.env, localFunctionEnv(cloud.url));
    const clients = Array.from({ length: CLIENTS }, () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database());
    const db = clients[0];
    await addStation(db, 'bench-station', 1_000_000, 0);
    await addStation(db, 'bench-race', 5, 0);
    await addStation(db, 'bench-seats', 0, 5);
    await db.createCollection('bench_inserts');
    const today = shanghaiDate(new Date());
    const total = CLIENTS * PER_CLIENT;
    const racers = (prefix: string) => Array.from({ length: RACERS }, (_, n) => `${prefix}-${n}`);

    // Applying takes personal data: every caller accepts the privacy policy first, outside the measurements.
    await consentFirst(cloud, [
      'bench-warm',
      ...Array.from({ length: total }, (_, n) => `bench-${n}`),
      ...racers('race'),
      ...racers('team'),
    ]);
    // Their documents are uploaded first too (withUploads remembers them, so the measured calls upload nothing).
    const uploadDocuments = async (openIds: string[], documents: unknown[]) => {
      for (let i = 0; i < openIds.length; i += 50)
        await Promise.all(openIds.slice(i, i + 50).map((openId) => withUploads(cloud, openId, { documents })));
    };
    await uploadDocuments(
      ['bench-warm', ...Array.from({ length: total }, (_, n) => `bench-${n}`), ...racers('race')],
      [pdfDocument('passport'), pdfDocument('work-proof')],
    );
    await uploadDocuments(racers('team'), [pdfDocument('business-plan')]);

    // Warm the function (first load of the bundle) outside the measurement.
    await call(cloud.url, 'stays', 'bench-warm', stayApply('bench-station', 999_999, addDays(today, 1), 1));

    const latencies: number[] = [];
    const failures: string[] = [];
    // CPU time beside the rates (a rate on a shared machine swings with the other load; CPU time per call far less):
    // the local cloud's process (its server and its function workers) and this one (the clients).
    const cpu = () => ({ server: cpuMsOf(cloud.child.pid), client: process.cpuUsage() });
    const cpuPerCall = (since: ReturnType<typeof cpu>, calls: number) => {
      const client = process.cpuUsage(since.client);
      return { server: (cpuMsOf(cloud.child.pid) - since.server) / calls, client: (client.user + client.system) / 1000 / calls };
    };
    const applyCpuBefore = cpu();
    const started = performance.now();
    const profileFrom = profileClock();
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let i = 0; i < PER_CLIENT; i += 1) {
          const n = c * PER_CLIENT + i;
          const t0 = performance.now();
          const reply = await call(
            cloud.url,
            'stays',
            `bench-${n}`,
            stayApply('bench-station', n, addDays(today, 1 + (n % 60)), 1 + (n % 7)),
          );
          latencies.push(performance.now() - t0);
          if (!reply.ok) failures.push(reply.error?.code ?? 'unknown');
        }
      }),
    );
    const applySeconds = (performance.now() - started) / 1000;
    noteProfileWindow('the applies', profileFrom);
    const applyCpu = cpuPerCall(applyCpuBefore, total);
    if (failures.length > 0) throw new Error(`${failures.length} applies failed: ${[...new Set(failures)].join(', ')}`);

    const insertCpuBefore = cpu();
    const insertStarted = performance.now();
    await Promise.all(
      clients.map(async (client, c) => {
        for (let i = 0; i < PER_CLIENT; i += 1)
          await client.collection('bench_inserts').add({ c, i, at: new Date(), payload: 'x'.repeat(200) });
      }),
    );
    const insertSeconds = (performance.now() - insertStarted) / 1000;
    const insertCpu = cpuPerCall(insertCpuBefore, total);

    const checkIn = addDays(today, 10);
    const raced = [
      ...(await Promise.all(
        Array.from({ length: RACERS }, (_, n) => call(cloud.url, 'stays', `race-${n}`, stayApply('bench-race', n, checkIn, 3))),
      )),
      ...(await Promise.all(
        Array.from({ length: RACERS }, (_, n) => call(cloud.url, 'workspaces', `team-${n}`, seatApply('bench-seats', n, checkIn))),
      )),
    ];
    // A race where callers were refused for another reason (say, FORBIDDEN) held nothing and would prove nothing.
    const odd = raced.filter((r) => !r.ok && r.error?.code !== 'NO_CAPACITY').map((r) => r.error?.code ?? 'unknown');
    if (odd.length > 0) throw new Error(`${odd.length} racers failed other than NO_CAPACITY: ${[...new Set(odd)].join(', ')}`);

    const applyRate = total / applySeconds;
    const insertRate = total / insertSeconds;
    report('stays.apply_per_s', applyRate);
    report('stays.apply_p50_ms', percentile(latencies, 50));
    report('stays.apply_p99_ms', percentile(latencies, 99));
    report('localcloud.insert_per_s', insertRate);
    report('stays.apply_ratio', applyRate / insertRate);
    report('stays.apply_server_cpu_ms', applyCpu.server);
    report('stays.apply_client_cpu_ms', applyCpu.client);
    report('stays.insert_server_cpu_ms', insertCpu.server);
    report('stays.insert_client_cpu_ms', insertCpu.client);
    // The same comparison by CPU: on these shared cores the run is CPU-bound, so this is what the rates' ratio comes
    // to, without the swing of a rate measured while other work shares the machine.
    report('stays.apply_cpu_ratio', (insertCpu.server + insertCpu.client) / (applyCpu.server + applyCpu.client));
    report('stays.overbooked', await overbooked(db, 'stay_nights'));
    report('seats.overbooked', await overbooked(db, 'seat_days'));
  } finally {
    cloud.child.kill('SIGTERM');
    await cloud.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
  await countApplyRoundTrips();
}

/**
 * The requests one apply sends to the platform, counted where they arrive (the local cloud's `/admin`, by action):
 * `stays.apply_round_trips` to the database, `stays.apply_storage_round_trips` to storage (the uploads check), and
 * `stays.apply_new_connections`: the TCP connections opened for them (0 where the runtime keeps them alive).
 * A local cloud in this process, so that its count can be read; the applies go one after the other, each by a new
 * applicant on a month already open (the steady state), after one apply that warms the function.
 * Then `stays.apply_serial_round_trips`: how many of them an apply waits for one after another (serial.ts).
 */
async function countApplyRoundTrips(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-trips-'));
  const cloud = await runLocalCloud({ port: 0, dataDir, quiet: true });
  try {
    const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
    await addStation(db, 'bench-trips', 1000, 0);
    const callers = Array.from({ length: COUNTED + 1 + 2 * SERIAL_TIMED }, (_, n) => `trips-${n}`);
    await consentFirst(cloud, callers);
    for (const openId of callers) await withUploads(cloud, openId, { documents: [pdfDocument('passport'), pdfDocument('work-proof')] });
    const checkIn = addDays(shanghaiDate(new Date()), 10);
    const apply = async (n: number) => {
      const reply = await call(cloud.url, 'stays', callers[n], stayApply('bench-trips', n, checkIn, 2));
      if (!reply.ok) throw new Error(`a counted apply failed: ${reply.error?.code}`);
    };
    await apply(COUNTED);
    const [databaseBefore, storageBefore] = [requestsSent(cloud, 'database.'), requestsSent(cloud, 'storage.')];
    const connectionsBefore = cloud.connectionsAccepted();
    for (let n = 0; n < COUNTED; n += 1) await apply(n);
    report('stays.apply_round_trips', (requestsSent(cloud, 'database.') - databaseBefore) / COUNTED);
    report('stays.apply_storage_round_trips', (requestsSent(cloud, 'storage.') - storageBefore) / COUNTED);
    report('stays.apply_new_connections', (cloud.connectionsAccepted() - connectionsBefore) / COUNTED);

    report('stays.apply_serial_round_trips', await serialRoundTrips(cloud, (n) => apply(COUNTED + 1 + n)));
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
