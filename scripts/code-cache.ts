import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { localFunctionEnv } from '../local-cloud/environment';

/** What esbuild writes: the function's code, the node-sdk included. */
export const BUNDLE_FILE = 'bundle.js';
/** V8's code cache of the bundle once loaded (bytecode of what its load ran), made by the build. */
export const CODE_CACHE_FILE = 'bundle.cache';
/** What the platform loads (`handler: index.main`): compiles the bundle with its code cache. */
export const ENTRY_FILE = 'index.js';
/** What the build writes into a function's folder (and git ignores): all three are deployed. */
export const BUILT_FILES = [ENTRY_FILE, BUNDLE_FILE, CODE_CACHE_FILE];

/**
 * Compiling the bundle was a fifth of a cold call (V8 parses 390 KB, then compiles each function the load runs).
 * A code cache made by the build skips both, as v8-compile-cache and Node 22's module compile cache do at run time
 * (on SCF every cold start is a new instance, so a cache made at run time would never be read again). Without a
 * cache it can use, index.js compiles as before and says so in the log.
 */
const compile = (dir: string, cache: string) => `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const file = join(${dir}, ${JSON.stringify(BUNDLE_FILE)});
const source = readFileSync(file, 'utf8');
const cachedData = ${cache};
const script = new (require('node:vm').Script)(require('node:module').wrap(source), { filename: file, cachedData });`;

/** What a cache was made from and by: index.js uses it only for that bundle and that V8. */
interface Made {
  /** The bundle's sha256: V8 checks a cache against the source's length only. */
  bundle: string;
  /** `process.versions.v8` of the Node that made it (the deploy runtime must be the same to use it). */
  v8: string;
  node: string;
  /** V8 hashes its flags into the cache: a runtime started with `--max-old-space-size` refuses a cache made without. */
  flags: string;
}

/** index.js: compiles the bundle with the cache when it is the one `made` describes, and logs when it compiles without. */
export function entrySource(made: Made): string {
  const cache = `(() => {
  if (process.versions.v8 !== MADE.v8) return undefined;
  try {
    const data = readFileSync(join(__dirname, ${JSON.stringify(CODE_CACHE_FILE)}));
    return require('node:crypto').createHash('sha256').update(source).digest('hex') === MADE.bundle ? data : undefined;
  } catch {
    return undefined;
  }
})()`;
  return `'use strict';
// Made by npm run build:functions (scripts/code-cache.ts): loads ${BUNDLE_FILE} with V8's code cache of it.
const MADE = ${JSON.stringify(made)};
${compile('__dirname', cache)}
if (cachedData === undefined || script.cachedDataRejected) {
  const here = { v8: process.versions.v8, node: process.version, flags: [...process.execArgv, process.env.NODE_OPTIONS || ''].join(' ').trim() };
  console.warn('[code cache] ' + file + ' compiled as it loads: ${CODE_CACHE_FILE} missing, not of this bundle, or of another V8 or flags (made by ' + JSON.stringify({ ...MADE, bundle: undefined }) + ', here ' + JSON.stringify(here) + ')');
}
script.runInThisContext()(exports, require, module, file, __dirname);
`;
}

/** Run by a fresh Node process in a function's folder: loads the bundle as index.js would, then saves V8's cache. */
const PRODUCE = `
${compile('process.cwd()', 'undefined')}
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, require, loaded, file, process.cwd());
if (typeof loaded.exports.main !== 'function') throw new Error(file + ' does not export main');
require('node:fs').writeFileSync(${JSON.stringify(CODE_CACHE_FILE)}, script.createCachedData());
`;

/**
 * After esbuild wrote `dir/bundle.js` (whose bytes are `bundle`): writes its code cache, then index.js. The cache is
 * made by this Node, with `CODE_CACHE_NODE_FLAGS`: to be used on CloudBase, both must be the runtime's (its log says
 * which when they are not). The bundle checks its settings as it loads: it loads here as in the local cloud.
 */
export async function writeEntry(dir: string, bundle: Uint8Array): Promise<void> {
  rmSync(join(dir, ENTRY_FILE), { force: true });
  rmSync(join(dir, CODE_CACHE_FILE), { force: true });
  const env = { PATH: process.env.PATH ?? '', ...localFunctionEnv('http://127.0.0.1:9') };
  const flags = (process.env.CODE_CACHE_NODE_FLAGS ?? '').trim();
  await promisify(execFile)(process.execPath, [...flags.split(/\s+/).filter(Boolean), '-e', PRODUCE], { cwd: dir, env });
  const made = { bundle: createHash('sha256').update(bundle).digest('hex'), v8: process.versions.v8, node: process.version, flags };
  writeFileSync(join(dir, ENTRY_FILE), entrySource(made));
}
