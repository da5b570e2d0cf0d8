import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildFunctions, FUNCTIONS_DIR, functionNames } from '../../scripts/build-functions';
import { BUILT_FILES } from '../../scripts/code-cache';

const STAMP = resolve(__dirname, '../../.tmp/functions-built');

/**
 * Builds the bundles the tests call, as the platform would run them: once per `npm test`. scripts/test.ts names
 * its run (`TEST_RUN_ID`); the first setup of that run builds and writes the name here, and the later ones (the
 * browser tests' setup, the six clock runs) find it and reuse the bundles, as nothing rebuilds the sources meanwhile
 * (about 14 s a build on 2 cores). Outside `npm test` (a plain `npx jest`) every setup builds.
 */
export async function ensureFunctionsBuilt(): Promise<void> {
  const run = process.env.TEST_RUN_ID;
  const built = () => functionNames().every((name) => BUILT_FILES.every((file) => existsSync(join(FUNCTIONS_DIR, name, file))));
  if (run && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === run && built()) return;
  await buildFunctions();
  // scripts/test.ts made .tmp/ before naming the run.
  if (run) writeFileSync(STAMP, run);
}

/** Integration tests call the bundles. */
export default async function globalSetup(): Promise<void> {
  await ensureFunctionsBuilt();
}
