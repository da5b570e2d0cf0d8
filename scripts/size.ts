import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { report } from './bench/report';
import { buildApp } from './build-app';

const WEAPP = resolve(__dirname, '..', 'dist', 'weapp');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Bytes of the main package and of each subpackage of the weapp build, as WeChat counts them (source maps aside). */
export function weappSizes(dir = WEAPP): { main: number; sub: Record<string, number> } {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as {
    subPackages?: Array<{ root: string }>;
    subpackages?: Array<{ root: string }>;
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = { main: 0, sub: Object.fromEntries(roots.map((r) => [r, 0])) as Record<string, number> };
  for (const file of files(dir)) {
    if (file.endsWith('.map')) continue;
    const rel = relative(dir, file);
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`));
    const bytes = statSync(file).size;
    if (root) sizes.sub[root] += bytes;
    else sizes.main += bytes;
  }
  return sizes;
}

/** WeChat refuses to upload a package (main or sub) over 2 MB. */
export const PACKAGE_LIMIT_BYTES = 2 * 1024 * 1024;
/** Our own budget for the main package, which every user downloads before the first page (DESIGN.md, "Budgets"). */
export const MAIN_BUDGET_BYTES = 500 * 1024;

/** Every budget the sizes break, as sentences; empty when all fit. */
export function budgetProblems(sizes: { main: number; sub: Record<string, number> }): string[] {
  const problems: string[] = [];
  if (sizes.main > PACKAGE_LIMIT_BYTES) problems.push(`main package is ${sizes.main} bytes, over WeChat's limit of ${PACKAGE_LIMIT_BYTES}`);
  else if (sizes.main > MAIN_BUDGET_BYTES) problems.push(`main package is ${sizes.main} bytes, over our budget of ${MAIN_BUDGET_BYTES}`);
  for (const [root, bytes] of Object.entries(sizes.sub)) {
    if (bytes > PACKAGE_LIMIT_BYTES) problems.push(`subpackage ${root} is ${bytes} bytes, over WeChat's limit of ${PACKAGE_LIMIT_BYTES}`);
  }
  return problems;
}

/**
 * `npm run size`: builds the weapp if stale, prints every package's bytes and answers the exit code — 1 when a
 * budget is broken, so CI and the build fail on it.
 */
export function runSize(options: { dir?: string; build?: boolean } = {}): number {
  if (options.build ?? true) {
    buildApp('weapp', { quiet: true });
  }
  const sizes = weappSizes(options.dir);
  report('weapp.main_bytes', sizes.main);
  for (const [root, bytes] of Object.entries(sizes.sub)) report(`weapp.sub.${root}_bytes`, bytes);
  const problems = budgetProblems(sizes);
  for (const problem of problems) process.stderr.write(`size budget: ${problem}\n`);
  return problems.length > 0 ? 1 : 0;
}

if (require.main === module) process.exitCode = runSize();
