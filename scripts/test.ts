import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `npm test`: every jest project (unit, integration, ui, e2e), then one plain closing line
 * `N passed, N failed[, N skipped]` that CI counts. Extra arguments go to jest (`npm test -- --selectProjects unit`).
 * `--full` (`npm run test:full`): the robustness tests at full strength, 1000 fuzzed payloads per action
 * (`FUZZ_RUNS`, 25 by default so that CI stays fast).
 */
const ROOT = resolve(__dirname, '..');
const resultsFile = join(ROOT, '.tmp', 'jest-results.json');
mkdirSync(join(ROOT, '.tmp'), { recursive: true });
rmSync(resultsFile, { force: true });

const full = process.argv.includes('--full');
const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--full');
const jest = spawnSync(
  process.execPath,
  [require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultsFile}`, ...jestArgs],
  { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'test', ...(full ? { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' } : {}) } },
);

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numRuntimeErrorTestSuites: number;
}

let results: JestResults | null = null;
try {
  results = JSON.parse(readFileSync(resultsFile, 'utf8')) as JestResults;
} catch {
  results = null;
}

if (!results) {
  console.log('0 passed, 1 failed');
  process.exit(jest.status || 1);
}
// A suite that cannot even load counts as a failure, not as nothing.
const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
const skipped = results.numPendingTests + results.numTodoTests;
console.log(`${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(jest.status ?? 1);
