import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('imports that decide bundle size', () => {
  it("use `import * as z from 'zod'`: `import { z }` pulls every zod locale into each bundle (+370 KB)", () => {
    const offenders = ['core', 'src', 'cloudfunctions']
      .flatMap((dir) => sources(join(ROOT, dir)))
      .filter((file) => /import\s*\{\s*z\s*\}\s*from\s*['"]zod['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(ROOT, file));
    expect(offenders).toEqual([]);
  });
});
