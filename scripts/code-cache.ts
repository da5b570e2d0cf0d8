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
 * (on SCF every cold start is a new instance, so a cache made at run time would never be read again). V8 takes a
 * cache only from its own version and flags, and otherwise compiles as before; the loader says so in the log.
 * The cache is keyed by the bundle's hash: V8 itself checks only the source's length.
 */
const compile = (dir: string, cache: string) => `
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const file = join(${dir}, ${JSON.stringify(BUNDLE_FILE)});
const source = readFileSync(file, 'utf8');
const cachedData = ${cache};
const script = new (require('node:vm').Script)(require('node:module').wrap(source), { filename: file, cachedData });`;

/**
 * index.js: `bundle` is the bundle's sha256; `node` and `flags`, the Node and V8 flags that made the cache, are for
 * the log if V8 refuses it (it hashes its flags: a runtime started with `--max-old-space-size` refuses a cache made
 * without; build with the runtime's flags in `CODE_CACHE_NODE_FLAGS` then).
 */
export function entrySource(bundle: string, node: string, flags: string): string {
  const cache = `(() => {
  try {
    const data = readFileSync(join(__dirname, ${JSON.stringify(CODE_CACHE_FILE)}));
    return require('node:crypto').createHash('sha256').update(source).digest('hex') === ${JSON.stringify(bundle)} ? data : undefined;
  } catch {
    return undefined;
  }
})()`;
  return `'use strict';
// Made by npm run build:functions (scripts/code-cache.ts): loads ${BUNDLE_FILE} with V8's code cache of it.
${compile('__dirname', cache)}
if (cachedData === undefined || script.cachedDataRejected) {
  console.warn('[code cache] ' + file + ' compiled as it loads: ${CODE_CACHE_FILE} missing, not of this bundle, or refused by V8 (made by Node ${node} with flags ${JSON.stringify(flags)}; this is ' + process.version + ' with flags ' + JSON.stringify([...process.execArgv, process.env.NODE_OPTIONS || ''].join(' ').trim()) + ')');
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
 * made by this Node, which must be the deploy runtime's major version (the tests run on it; V8 refuses a cache from
 * another version). The bundle checks its settings as it loads: it loads here as in the local cloud.
 */
export async function writeEntry(dir: string, bundle: Uint8Array): Promise<void> {
  rmSync(join(dir, ENTRY_FILE), { force: true });
  rmSync(join(dir, CODE_CACHE_FILE), { force: true });
  const env = { PATH: process.env.PATH ?? '', ...localFunctionEnv('http://127.0.0.1:9') };
  const flags = (process.env.CODE_CACHE_NODE_FLAGS ?? '').trim();
  await promisify(execFile)(process.execPath, [...flags.split(/\s+/).filter(Boolean), '-e', PRODUCE], { cwd: dir, env });
  const hash = createHash('sha256').update(bundle).digest('hex');
  writeFileSync(join(dir, ENTRY_FILE), entrySource(hash, process.version, flags));
}
