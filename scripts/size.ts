import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { report } from './bench/report';

const WEAPP = resolve(__dirname, '..', 'dist', 'weapp');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? files(path) : [path];
  });
}

/** Bytes of the main package and of each subpackage of the weapp build, as WeChat counts them (source maps aside). */
export function weappSizes(dir = WEAPP): { main: number; sub: Record<string, number> } {
  const app = JSON.parse(readFileSync(join(dir, 'app.json'), 'utf8')) as { subPackages?: Array<{ root: string }>; subpackages?: Array<{ root: string }> };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const sizes = { main: 0, sub: Object.fromEntries(roots.map((r) => [r, 0])) as Record<string, number> };
  for (const file of files(dir)) {
    if (file.endsWith('.map')) continue;
    const rel = relative(dir, file);
    const root = roots.find((r) => rel === r || rel.startsWith(`${r}/`));
    const bytes = statSync(file).size;
    if (root) sizes.sub[root] += bytes;
    else sizes.main += bytes;
  }
  return sizes;
}

if (require.main === module) {
  const { buildApp } = require('./build-app') as typeof import('./build-app');
  buildApp('weapp', { quiet: true });
  const { main, sub } = weappSizes();
  report('weapp.main_bytes', main);
  for (const [root, bytes] of Object.entries(sub)) report(`weapp.sub.${root}_bytes`, bytes);
}
