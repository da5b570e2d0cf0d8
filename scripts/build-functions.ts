import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(__dirname, '..');
export const FUNCTIONS_DIR = join(ROOT, 'cloudfunctions');

/** Every folder of cloudfunctions/ with a main.ts is a function; `_shared` is bundled into each. */
export const functionNames = (): string[] =>
  readdirSync(FUNCTIONS_DIR)
    .filter((name) => !name.startsWith('_') && existsSync(join(FUNCTIONS_DIR, name, 'main.ts')))
    .sort();

/**
 * Bundles each function, the node-sdk included, into `cloudfunctions/<name>/index.js` beside its package.json:
 * the folder is then deployable as it is (the unbundled SDK is 20+ MB and slow to load).
 */
export async function buildFunctions(names = functionNames()): Promise<Array<{ name: string; bytes: number }>> {
  return Promise.all(
    names.map(async (name) => {
      const outfile = join(FUNCTIONS_DIR, name, 'index.js');
      await build({
        entryPoints: [join(FUNCTIONS_DIR, name, 'main.ts')],
        outfile,
        bundle: true,
        platform: 'node',
        // CloudBase's Node runtimes go back to 16.
        target: 'node16',
        format: 'cjs',
        minify: true,
        keepNames: true,
        legalComments: 'none',
        logLevel: 'warning',
      });
      return { name, bytes: statSync(outfile).size };
    }),
  );
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const { name, bytes } of built) console.log(`built cloudfunctions/${name}/index.js (${(bytes / 1024).toFixed(0)} KB)`);
    })
    .catch((error) => {
      console.error(error);
      process.exit(1);
    });
}
