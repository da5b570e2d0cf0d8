import { buildApp } from '../../scripts/build-app';

/** The weapp build these tests load, rebuilt only when src/, core/ or config/ changed since it was made. */
export default async function globalSetup(): Promise<void> {
  buildApp('weapp', { quiet: true });
}
