import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { CLOCKS, CLOCK_PROJECTS, CLOCK_TESTS, faketimeAvailable, offsetTo } from './test-clocks';

/**
 * `npm test`: every jest project (unit, integration, ui, weapp, e2e), then the date-sensitive tests again at each of
 * the fixed clocks in scripts/test-clocks.ts (under Debian's faketime), then one plain closing line
 * `N passed, N failed[, N skipped]` that CI counts. Extra arguments go to jest (`npm test -- --selectProjects unit`)
 * and run once, at the real clock; `--clocks` adds the clock runs to them.
 * `--full` (`npm run test:full`): the robustness tests at full strength, 1000 fuzzed payloads per action
 * (`FUZZ_RUNS`, 25 by default so that CI stays fast).
 */
const ROOT = resolve(__dirname, '..');
mkdirSync(join(ROOT, '.tmp'), { recursive: true });

// Names this run for its jest runs, which share the function bundles the first builds (build-functions.global.ts).
const RUN_ID = randomUUID();
const full = process.argv.includes('--full');
const jestArgs = process.argv.slice(2).filter((arg) => arg !== '--full' && arg !== '--clocks');
const withClocks = jestArgs.length === 0 || process.argv.includes('--clocks');

interface JestResults {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numRuntimeErrorTestSuites: number;
}
interface Tally {
  passed: number;
  failed: number;
  skipped: number;
  status: number;
}

function runJest(name: string, args: string[], wrap: string[] = []): Tally {
  const resultsFile = join(ROOT, '.tmp', `jest-results-${name}.json`);
  rmSync(resultsFile, { force: true });
  const command = [...wrap, process.execPath, require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultsFile}`, ...args];
  const jest = spawnSync(command[0], command.slice(1), {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'test', TEST_RUN_ID: RUN_ID, ...(full ? { FUZZ_RUNS: process.env.FUZZ_RUNS ?? '1000' } : {}) },
  });
  let results: JestResults | null = null;
  try {
    results = JSON.parse(readFileSync(resultsFile, 'utf8')) as JestResults;
  } catch {
    results = null;
  }
  // A run that wrote no results, or a suite that cannot even load, counts as a failure, not as nothing.
  if (!results) return { passed: 0, failed: 1, skipped: 0, status: jest.status || 1 };
  return {
    passed: results.numPassedTests,
    failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
    skipped: results.numPendingTests + results.numTodoTests,
    status: jest.status ?? 1,
  };
}

const tallies: Tally[] = [runJest('all', jestArgs)];

if (withClocks) {
  if (!faketimeAvailable()) {
    console.log('\nfaketime is not installed (apt-get install faketime): the runs at fixed clocks are skipped here; CI runs them.');
    if (process.env.CI) tallies.push({ passed: 0, failed: 1, skipped: 0, status: 1 });
  } else {
    for (const clock of CLOCKS) {
      console.log(`\n── the date-sensitive tests at ${clock.instant} (${clock.why}) ──`);
      // One jest worker per core (jest's default leaves one to its own process, idle here): these are mostly unit and
      // jsdom tests, CPU-bound, and 2 workers on 2 cores ran a clock in 60 s instead of 75. The first run keeps the
      // default: its race tests start local clouds of their own and are timed out when starved.
      const args = [
        `--maxWorkers=${availableParallelism()}`,
        '--selectProjects',
        ...CLOCK_PROJECTS,
        '--testPathPattern',
        CLOCK_TESTS.source,
      ];
      tallies.push(runJest(`clock-${clock.instant.replace(/[^0-9]/g, '')}`, args, ['faketime', '-f', offsetTo(clock.instant)]));
    }
  }
}

const sum = (key: 'passed' | 'failed' | 'skipped') => tallies.reduce((n, t) => n + t[key], 0);
const failed = sum('failed');
const skipped = sum('skipped');
console.log(`${sum('passed')} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(tallies.find((t) => t.status !== 0)?.status ?? (failed ? 1 : 0));
