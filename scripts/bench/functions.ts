import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localFunctionEnv } from '../../local-cloud/environment';
import { buildFunctions, bytesByModule, FUNCTIONS_DIR, type BuiltFunction } from '../build-functions';
import { CODE_CACHE_FILE, ENTRY_FILE } from '../code-cache';
import { spawnLocalCloud } from '../support/spawn-cloud';
import { noteBuilt } from './bundles';
import { percentile, report } from './report';

const ROOT = resolve(__dirname, '../..');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const TOP_MODULES = 10;

/**
 * What a fresh process does for one cold call of a function: require its bundle and answer one call of its first
 * action, as a caller nobody knows (so the function reads the users collection, then answers, ok or refused).
 * A reply of INTERNAL, say from a stub reached (scripts/sdk-stubs.ts), fails the bench.
 */
const functionCall = (bundle: string) => `
  const { main } = require(${JSON.stringify(bundle)});
  const action = Object.keys(main.actions)[0];
  const context = { request_id: 'bench-cold', environment: JSON.stringify({ WX_OPENID: 'bench-cold', WX_APPID: 'bench' }) };
  main({ action, payload: {} }, context).then(
    (reply) => {
      if (!reply || typeof reply.ok !== 'boolean' || (!reply.ok && reply.error.code === 'INTERNAL')) {
        console.error(JSON.stringify(reply));
        process.exit(3);
      }
      process.exit(0);
    },
    (error) => { console.error(error); process.exit(2); },
  );`;

/** The same for the unbundled node-sdk: require it and make the same read the functions make first. */
const sdkCall = (sdk: string) => `
  const tcb = require(${JSON.stringify(sdk)});
  tcb.init({ env: tcb.SYMBOL_CURRENT_ENV }).database().collection('users').where({ _id: 'bench-cold' }).limit(1).get().then(
    () => process.exit(0),
    (error) => { console.error(error); process.exit(2); },
  );`;

/** Cold calls whose bundle was compiled without its code cache (index.js says so: scripts/code-cache.ts). */
let compiledWithoutCache = 0;

/** Wall time of a fresh Node process running `code` (what a cold start pays to load code and answer). */
function coldOnce(code: string, env: NodeJS.ProcessEnv, what: string): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, ['-e', code], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`a cold call of ${what} failed (exit ${run.status}): ${run.stderr.toString()}`);
  if (run.stderr.toString().includes('[code cache]')) compiledWithoutCache += 1;
  return ms;
}

/**
 * The median cold time of each of `runs`, measured in rounds: each round runs every one once, in an order reversed
 * every other round. The machine's load drifts during a bench (it is shared); measured one after the other, the SDK
 * and the functions saw different loads, and their ratio swung by a tenth between runs.
 */
function coldMsEach(runs: ReadonlyArray<{ what: string; code: string }>, env: NodeJS.ProcessEnv): Map<string, number> {
  const samples = new Map<string, number[]>(runs.map((r) => [r.what, []]));
  for (let round = 0; round < RUNS; round += 1)
    for (const { what, code } of round % 2 === 0 ? runs : [...runs].reverse()) samples.get(what)?.push(coldOnce(code, env, what));
  return new Map([...samples].map(([what, times]) => [what, percentile(times, 50)]));
}

/** The modules that take the most bytes in `bundle`, as figures `fn.<name>.module.<module>_bytes`. */
function reportTopModules(bundle: BuiltFunction): void {
  for (const { module, bytes } of bytesByModule(bundle.metafile).slice(0, TOP_MODULES))
    report(`fn.${bundle.name}.module.${module}_bytes`, bytes);
}

/**
 * `npm run bench functions`: every function's bundle size and cold time (a fresh process that requires the bundle
 * and answers one call against a local cloud), next to the unbundled node-sdk's cold time for the same read in the
 * same run (and a bare `node -e ''` as the floor all include); then what the largest bundle is made of.
 */
export async function benchFunctions(): Promise<void> {
  const built = await buildFunctions();
  noteBuilt(built);
  const dataDir = mkdtempSync(join(tmpdir(), 'rcyz-bench-functions-'));
  const cloud = await spawnLocalCloud(dataDir);
  try {
    // The environment a local function gets: the bundles check their deployment settings as they load. Without
    // NODE_EXTRA_CA_CERTS, which some machines set (these: the system's 144 certificates, parsed by every process as
    // it starts, ~60 ms CPU) and CloudBase's runtime does not; every process measured here talks plain HTTP.
    const { NODE_EXTRA_CA_CERTS: _machineCerts, ...machine } = process.env;
    const env = { ...machine, ...localFunctionEnv(cloud.url) };
    const cold = coldMsEach(
      [
        { what: 'node', code: '' },
        { what: 'the node-sdk', code: sdkCall(require.resolve('@cloudbase/node-sdk')) },
        ...built.map(({ name }) => ({ what: name, code: functionCall(join(FUNCTIONS_DIR, name, ENTRY_FILE)) })),
      ],
      env,
    );
    const ms = (what: string) => cold.get(what) ?? NaN;
    const [bare, unbundled] = [ms('node'), ms('the node-sdk')];
    report('node.bare_start_ms', bare);
    report('sdk.unbundled_load_ms', unbundled);
    let slowest = 0;
    for (const { name, bytes } of built) {
      report(`fn.${name}.bundle_bytes`, bytes);
      report(`fn.${name}.code_cache_bytes`, statSync(join(FUNCTIONS_DIR, name, CODE_CACHE_FILE)).size);
      report(`fn.${name}.cold_load_ms`, ms(name));
      slowest = Math.max(slowest, ms(name));
    }
    report('fn.max_bundle_bytes', Math.max(...built.map((b) => b.bytes)));
    report('fn.max_cold_load_ms', slowest);
    // 0 unless V8 refused a cache (another Node or other flags than the build's): then the times include compiling.
    report('fn.cold_calls_without_code_cache', compiledWithoutCache);
    // The slowest function's cold call against the unbundled SDK's, in the same run (issue 16 aims at 0.4 or less).
    report('fn.cold_load_ratio', slowest / unbundled);
    // The same beyond a bare Node start, which both include: what the bundle costs against the SDK.
    report('fn.cold_load_ratio_beyond_node', (slowest - bare) / (unbundled - bare));
    reportTopModules(built.reduce((a, b) => (b.bytes > a.bytes ? b : a)));
  } finally {
    cloud.child.kill('SIGTERM');
    await cloud.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}
