import { buildApp } from '../../../scripts/build-app';
import { buildFunctions } from '../../../scripts/build-functions';

/** Browser tests run against the real builds: the functions, the H5 app and the weapp (for its checks). */
export default async function globalSetup(): Promise<void> {
  await buildFunctions();
  buildApp('h5', { quiet: true });
  buildApp('weapp', { quiet: true });
}
