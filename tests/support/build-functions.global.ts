import { buildFunctions } from '../../scripts/build-functions';

/** Integration tests call the bundles, as the platform would: build them once per run. */
export default async function globalSetup(): Promise<void> {
  await buildFunctions();
}
