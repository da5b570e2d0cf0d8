import { benchAdmin } from './admin';
import { benchFunctions } from './functions';
import { benchHousing } from './housing';
import { benchLocalCloud } from './localcloud';
import { benchRequests } from './requests';
import { benchStays } from './stays';

/** `npm run bench [suite]`: each suite prints its figures as `name: value`. */
const SUITES: Record<string, () => Promise<void>> = {
  localcloud: benchLocalCloud,
  functions: benchFunctions,
  requests: benchRequests,
  stays: benchStays,
  housing: benchHousing,
  admin: benchAdmin,
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
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
