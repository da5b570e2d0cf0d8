import tcb from '@cloudbase/node-sdk';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localFunctionEnv } from '../../local-cloud/environment';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { cpuMsOf, percentile, report } from './report';

const CLIENTS = 50;
const PER_CLIENT = Number(process.env.BENCH_PER_CLIENT ?? 40);

/**
 * The floor every later figure is compared with: 50 concurrent node-sdk clients against a local cloud running in
 * its own process (as `npm start` runs it), each with its own SDK instance and connection pool.
 */
export async function benchLocalCloud(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-'));
  const cloud = await spawnLocalCloud(dataDir);
  try {
    Object.assign(process.env, localFunctionEnv(cloud.url));
    const clients = Array.from({ length: CLIENTS }, () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database());
    await clients[0].createCollection('bench');

    const serverCpuBefore = cpuMsOf(cloud.child.pid);
    const clientCpuBefore = process.cpuUsage();
    const ids: string[][] = clients.map(() => []);
    const insertLatencies: number[] = [];
    const started = performance.now();
    await Promise.all(
      clients.map(async (db, c) => {
        for (let i = 0; i < PER_CLIENT; i += 1) {
          const t0 = performance.now();
          const { id } = await db.collection('bench').add({ client: c, i, at: new Date(), payload: 'x'.repeat(200) });
          insertLatencies.push(performance.now() - t0);
          ids[c].push(id as string);
        }
      }),
    );
    const insertSeconds = (performance.now() - started) / 1000;

    const getLatencies: number[] = [];
    const getStarted = performance.now();
    await Promise.all(
      clients.map(async (db, c) => {
        for (const id of ids[c]) {
          const t0 = performance.now();
          await db.collection('bench').doc(id).get();
          getLatencies.push(performance.now() - t0);
        }
      }),
    );
    const getSeconds = (performance.now() - getStarted) / 1000;

    const total = CLIENTS * PER_CLIENT;
    const clientCpu = process.cpuUsage(clientCpuBefore);
    // Where the time goes: the server's CPU per request next to the 50 SDK clients' (both share this machine).
    report('localcloud.server_cpu_ms_per_op', (cpuMsOf(cloud.child.pid) - serverCpuBefore) / (2 * total));
    report('localcloud.client_cpu_ms_per_op', (clientCpu.user + clientCpu.system) / 1000 / (2 * total));
    report('localcloud.clients', CLIENTS);
    report('localcloud.insert_per_s', total / insertSeconds);
    report('localcloud.insert_p50_ms', percentile(insertLatencies, 50));
    report('localcloud.insert_p99_ms', percentile(insertLatencies, 99));
    report('localcloud.get_per_s', total / getSeconds);
    report('localcloud.get_p50_ms', percentile(getLatencies, 50));
    report('localcloud.get_p99_ms', percentile(getLatencies, 99));
  } finally {
    cloud.child.kill('SIGTERM');
    await cloud.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
