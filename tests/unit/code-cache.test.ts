import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUNDLE_FILE, CODE_CACHE_FILE, ENTRY_FILE, writeEntry } from '../../scripts/code-cache';

// A bundle as esbuild writes one: CommonJS, exporting `main`, with functions its load runs and one it does not.
const bundleAnswering = (answer: number) => `"use strict";
const settings = (() => ({ answer: ${answer} }))();
module.exports.main = async (event) => ({ ok: true, data: { answer: settings.answer, dir: __dirname, event } });
`;

/** A fresh Node process that loads `dir`'s index.js as the platform does and calls `main` once. */
function callEntry(dir: string, flags: string[] = []) {
  const code = `require(${JSON.stringify(join(dir, ENTRY_FILE))}).main({ action: 'x' }).then((reply) => console.log(JSON.stringify(reply)));`;
  const run = spawnSync(process.execPath, [...flags, '-e', code], { encoding: 'utf8', env: { PATH: process.env.PATH } });
  if (run.status !== 0) throw new Error(run.stderr);
  return { reply: JSON.parse(run.stdout), warned: run.stderr.includes('[code cache]') };
}

describe('index.js loads the bundle with the code cache the build made (scripts/code-cache.ts)', () => {
  let dir: string;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'rcyz-code-cache-'));
    const bundle = Buffer.from(bundleAnswering(41));
    writeFileSync(join(dir, BUNDLE_FILE), bundle);
    await writeEntry(dir, bundle);
  }, 30_000);
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses the cache, and the bundle runs as the module it was (its folder, its exports)', () => {
    expect(readFileSync(join(dir, CODE_CACHE_FILE)).length).toBeGreaterThan(0);
    expect(callEntry(dir)).toEqual({ reply: { ok: true, data: { answer: 41, dir, event: { action: 'x' } } }, warned: false });
  });

  it("runs a changed bundle's own code, and says the cache was not used, even where V8 would take it (same length)", () => {
    // V8 checks a cache against the source's length only: this one would run the old bundle's bytecode.
    writeFileSync(join(dir, BUNDLE_FILE), bundleAnswering(42));
    expect(callEntry(dir)).toMatchObject({ reply: { data: { answer: 42 } }, warned: true });
  });

  it('compiles as before, and says so, with another V8 or other flags than the cache was made by, or no cache', () => {
    expect(callEntry(dir, ['--max-old-space-size=300'])).toMatchObject({ reply: { data: { answer: 41 } }, warned: true });
    const entry = join(dir, ENTRY_FILE);
    const made = readFileSync(entry, 'utf8');
    writeFileSync(entry, made.replace(`"v8":"${process.versions.v8}"`, '"v8":"11.3.244.8-node.26"'));
    expect(callEntry(dir)).toMatchObject({ reply: { data: { answer: 41 } }, warned: true });
    writeFileSync(entry, made);
    rmSync(join(dir, CODE_CACHE_FILE));
    expect(callEntry(dir)).toMatchObject({ reply: { data: { answer: 41 } }, warned: true });
  });
});
