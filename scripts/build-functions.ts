import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { BUNDLE_FILE, writeEntry } from './code-cache';
import { readRc, type Rc } from './deploy/plan';
import { LAZY_NAMESPACE, lazyActions } from './lazy-actions';
import { lazySchemas } from './lazy-schemas';
import { sdkPatches } from './sdk-patches';
import { sdkStubs, STUB_NAMESPACE } from './sdk-stubs';

const ROOT = resolve(__dirname, '..');
export const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions');

/**
 * Our budget for one function's bundle (issue 16): what a cold start parses before it answers. The node-sdk's
 * unused parts are stubs (scripts/sdk-stubs.ts) to keep within it; tests/unit/function-bundles.test.ts holds it.
 */
export const FUNCTION_BUDGET_BYTES = 400 * 1024;

const CORE_DIR = join(ROOT, 'core') + sep;
const PURE_CORE = 'pure-core';

/**
 * esbuild plugin: core/ is side-effect free by design (rules and their schemas, nothing registered anywhere), so a
 * core module whose exports a bundle never uses is left out, even when a barrel (`core/requests/index.ts`) re-exports
 * it: before, importing one name from a barrel built every schema of the domain at load.
 */
export function pureCore(): Plugin {
  return {
    name: PURE_CORE,
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, async (args) => {
        if (args.pluginData === PURE_CORE) return undefined;
        const real = await build.resolve(args.path, {
          resolveDir: args.resolveDir,
          kind: args.kind,
          importer: args.importer,
          pluginData: PURE_CORE,
        });
        if (real.errors.length > 0 || real.namespace !== 'file' || !real.path.startsWith(CORE_DIR)) return undefined;
        return { path: real.path, sideEffects: false };
      });
    },
  };
}

/**
 * esbuild's target: the Node every function is deployed on (cloudbaserc.json's `runtime`, `Nodejs20.19` →
 * `node20.19`), so the bundles lower no syntax that runtime has, and use none it lacks.
 */
export function deployTarget(rc: Rc = readRc()): string {
  const runtimes = [...new Set(rc.functions.map((f) => f.runtime))];
  const version = runtimes.length === 1 ? /^Nodejs(\d+\.\d+)$/.exec(runtimes[0])?.[1] : undefined;
  if (!version) throw new Error(`cloudbaserc.json: every function must have the same Nodejs runtime (found ${runtimes.join(', ')})`);
  return `node${version}`;
}

/** Every folder of cloudfunctions/ with a main.ts is a function; `_shared` is bundled into each. */
export const functionNames = (): string[] =>
  readdirSync(FUNCTIONS_DIR)
    .filter((name) => !name.startsWith('_') && existsSync(join(FUNCTIONS_DIR, name, 'main.ts')))
    .sort();

export interface BuiltFunction {
  name: string;
  bytes: number;
  /** esbuild's account of the bundle: which input files it holds and how many bytes each takes in it. */
  metafile: Metafile;
}

/**
 * Bundles each function, the node-sdk included, into `cloudfunctions/<name>/bundle.js` beside its package.json, with
 * the index.js that loads it and V8's code cache of it (scripts/code-cache.ts): the folder is then deployable as it
 * is (the unbundled SDK is 20+ MB and slow to load). The parts of the SDK no function calls are stubs that throw if
 * reached (scripts/sdk-stubs.ts); the rest is tree-shaken and minified.
 * `write: false` builds in memory only (the size budget test), leaving the deployable files alone.
 */
export async function buildFunctions(names = functionNames(), options: { write?: boolean } = {}): Promise<BuiltFunction[]> {
  const write = options.write ?? true;
  const target = deployTarget();
  return Promise.all(
    names.map(async (name) => {
      const outfile = join(FUNCTIONS_DIR, name, BUNDLE_FILE);
      const { metafile, outputFiles } = await build({
        entryPoints: [join(FUNCTIONS_DIR, name, 'main.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        target,
        format: 'cjs',
        // `NO_MINIFY=1` keeps names and lines, to read a profile (`CLOUD_NODE_ARGS`, docs/benchmarks.md); never deployed.
        minify: !process.env.NO_MINIFY,
        treeShaking: true,
        // Not `keepNames`: it keeps every function's name with a call at load (zod alone defines thousands), which
        // cost a sixth of the cold load. Nothing reads a function's name; our errors name themselves (`this.name`).
        keepNames: false,
        legalComments: 'none',
        logLevel: 'warning',
        metafile: true,
        write: false,
        plugins: [sdkStubs(), sdkPatches(), lazySchemas(), lazyActions(), pureCore()],
      });
      const [{ contents }] = outputFiles;
      if (write) {
        writeFileSync(outfile, contents);
        await writeEntry(join(FUNCTIONS_DIR, name), contents);
      }
      return { name, bytes: contents.byteLength, metafile };
    }),
  );
}

/** What a bundle's bytes are made of, by package (`zod`, `@cloudbase/database`) or by folder of ours (`core/stays`). */
export function bytesByModule(metafile: Metafile): Array<{ module: string; bytes: number }> {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const packages = path.replace(/\\/g, '/').match(/node_modules\/(@[^/]+\/)?[^/]+/g);
      const module = packages
        ? packages[packages.length - 1].slice('node_modules/'.length)
        : path.startsWith(`${STUB_NAMESPACE}:`)
          ? 'sdk-stubs'
          : path.startsWith(`${LAZY_NAMESPACE}:`)
            ? 'lazy-actions'
            : path.split('/').slice(0, 2).join('/');
      totals.set(module, (totals.get(module) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([module, bytes]) => ({ module, bytes })).sort((a, b) => b.bytes - a.bytes);
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const { name, bytes } of built) console.log(`built cloudfunctions/${name}/${BUNDLE_FILE} (${(bytes / 1024).toFixed(0)} KB)`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
