import { buildApp } from '../../../scripts/build-app';
import { ensureFunctionsBuilt } from '../../support/build-functions.global';

/** Browser tests run against the real builds: the functions, the H5 app and the weapp (for its checks). */
export default async function globalSetup(): Promise<void> {
  await ensureFunctionsBuilt();
  buildApp('h5', { quiet: true });
  buildApp('weapp', { quiet: true });
}
