import { runLocalCloud } from '../local-cloud/main';
import { buildApp, isStale } from './build-app';
import { buildFunctions } from './build-functions';

async function start(): Promise<void> {
  const built = await buildFunctions();
  console.log(`functions: ${built.map((f) => f.name).join(', ')} bundled`);
  if (isStale('h5')) {
    console.log('building the H5 app (taro build --type h5, ~15 s)...');
    buildApp('h5', { quiet: true });
  }
  const cloud = await runLocalCloud();
  const stop = () => {
    cloud.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
