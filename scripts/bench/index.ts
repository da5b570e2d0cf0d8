import { benchAdmin } from './admin';
import { benchEvents } from './events';
import { benchFunctions } from './functions';
import { benchHousing } from './housing';
import { benchJourneys } from './journeys';
import { benchLocalCloud } from './localcloud';
import { benchRequests } from './requests';
import { brokenFigures, reported } from './report';
import { benchStays } from './stays';

/**
 * `npm run bench [suite…]`: each suite prints its figures as `name: value`; the run fails (exit 1) only on a broken
 * invariant or a size budget (report.ts, `brokenFigures`), never on a time.
 */
const SUITES: Record<string, () => Promise<void>> = {
  localcloud: benchLocalCloud,
  functions: benchFunctions,
  requests: benchRequests,
  stays: benchStays,
  housing: benchHousing,
  admin: benchAdmin,
  events: benchEvents,
  journeys: benchJourneys,
};
/** Named in DESIGN.md and built by later issues. */
const PLANNED: string[] = [];

async function main(): Promise<void> {
  const wanted = process.argv.slice(2);
  const names = wanted.length > 0 ? wanted : Object.keys(SUITES);
  for (const name of names) {
    const suite = SUITES[name];
    if (!suite) {
      const why = PLANNED.includes(name) ? 'not built yet' : 'unknown';
      throw new Error(`bench suite "${name}" is ${why}; available: ${Object.keys(SUITES).join(', ')}`);
    }
    await suite();
  }
  const problems = brokenFigures(reported);
  for (const problem of problems) console.error(`bench: ${problem}`);
  if (problems.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
