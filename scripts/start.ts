import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runLocalCloud } from '../local-cloud/main';
import { buildFunctions } from './build-functions';

const ROOT = resolve(__dirname, '..');
const H5_INDEX = join(ROOT, 'dist/h5/index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** The H5 build is redone only when the app or its shared core changed since it was made. */
function h5IsStale(): boolean {
  if (!existsSync(H5_INDEX)) return true;
  const built = statSync(H5_INDEX).mtimeMs;
  return ['src', 'core', 'config'].some((dir) => newestMtime(join(ROOT, dir)) > built);
}

async function start(): Promise<void> {
  const built = await buildFunctions();
  console.log(`functions: ${built.map((f) => f.name).join(', ')} bundled`);
  if (h5IsStale()) {
    console.log('building the H5 app (taro build --type h5, ~15 s)...');
    const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    });
    if (result.status !== 0) throw new Error('the H5 build failed; run `npm run build:h5` to see why');
  }
  const cloud = await runLocalCloud();
  const stop = () => {
    cloud.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

start().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
