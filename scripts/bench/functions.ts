import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localFunctionEnv } from '../../local-cloud/environment';
import { buildFunctions, FUNCTIONS_DIR } from '../build-functions';
import { percentile, report } from './report';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Median wall time of a fresh Node process that only requires `target` (what a cold start pays to load code). */
function coldLoadMs(target: string): number {
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now();
    // The environment a local function gets: the bundles check their deployment settings as they load.
    const env = { ...process.env, ...localFunctionEnv('http://127.0.0.1:1') };
    const run = spawnSync(process.execPath, ['-e', `require(${JSON.stringify(target)})`], { cwd: ROOT, stdio: 'ignore', env });
    if (run.status !== 0) throw new Error(`loading ${target} failed`);
    samples.push(performance.now() - t0);
  }
  return percentile(samples, 50);
}

/**
 * Bundle size and cold load time of every function, next to the unbundled node-sdk's load time in the same run
 * (and a bare `node -e ''` as the floor both include).
 */
export async function benchFunctions(): Promise<void> {
  const built = await buildFunctions();
  const bare = (() => {
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now();
      spawnSync(process.execPath, ['-e', ''], { stdio: 'ignore' });
      samples.push(performance.now() - t0);
    }
    return percentile(samples, 50);
  })();
  report('node.bare_start_ms', bare);
  report('sdk.unbundled_load_ms', coldLoadMs(require.resolve('@cloudbase/node-sdk')));
  for (const { name, bytes } of built) {
    report(`fn.${name}.bundle_bytes`, bytes);
    report(`fn.${name}.cold_load_ms`, coldLoadMs(join(FUNCTIONS_DIR, name, 'index.js')));
  }
}
