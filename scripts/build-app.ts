import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
export type AppTarget = 'h5' | 'weapp';

const marker = (target: AppTarget) => join(ROOT, 'dist', target, target === 'h5' ? 'index.html' : 'app.json');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** A build is stale when the app, its shared core or the build config changed after it was made. */
export function isStale(target: AppTarget): boolean {
  if (!existsSync(marker(target))) return true;
  const built = statSync(marker(target)).mtimeMs;
  return ['src', 'core', 'config'].some((dir) => newestMtime(join(ROOT, dir)) > built);
}

/** `taro build --type <target>` (production), only when stale unless `force`. Throws when the build fails. */
export function buildApp(target: AppTarget, options: { force?: boolean; quiet?: boolean } = {}): boolean {
  if (!options.force && !isStale(target)) return false;
  // Quiet: Taro's progress bars stay out of the way, and its output is shown only if the build fails.
  const result = spawnSync(process.execPath, [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', target], {
    cwd: ROOT,
    stdio: options.quiet ? 'pipe' : 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    if (options.quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`the ${target} build failed; run \`npm run build:${target}\` to see why`);
  }
  return true;
}
