import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'esbuild';
import { directImportsSource } from './direct-imports';
import { isLazyImport, lazySchemasSource, mayBeLazy } from './lazy-schemas';

const ROOT = resolve(__dirname, '..');

/** The namespace of the stand-ins the bundle gets for `./actions/*` (the metafile names them `lazy-action:<path>`). */
export const LAZY_NAMESPACE = 'lazy-action';
const RUNTIME = 'runtime';

/** What a function's `main.ts` imports that is made lazy: its own action modules. */
const ACTION_IMPORT = /^\.\/actions\/[\w-]+$/;
const MAIN_FILE = /[\\/]cloudfunctions[\\/][^\\/]+[\\/]main\.ts$/;
const EXPORTS = /^export const (\w+)\b/gm;

/** The names an action module exports (`export const x = defineAction…`); none found means it stays eager. */
export const exportedNames = (source: string): string[] => [...source.matchAll(EXPORTS)].map((m) => m[1]);

/**
 * Runs in the bundle: a stand-in for one action spec that loads its module on first touch (the shell reads
 * `spec.roles` before anything else) and then forwards every read to the real spec.
 */
export const RUNTIME_SOURCE = `
export function lazySpec(load) {
  let spec;
  const real = () => spec || (spec = load());
  return new Proxy({}, {
    get: (_, key) => real()[key],
    has: (_, key) => key in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(real(), key),
  });
}`;

const CONTRACT_FILE = /[\\/]core[\\/][\w-]+[\\/](?:[\w-]+-)?api\.ts$/;
const VALUE_IMPORT = /^import\s+(?!type\b)(?:\{([^}]*)\}|\*\s+as\s+(\w+))\s+from\s+'([^']+)';\n/gm;
const TABLE = /^(export const \w+ = \{)([\s\S]*?)(^\} satisfies ContractTable;)$/m;
const CONTRACT_ENTRY = /(\w+):\s*\{\s*input:\s*([\w.]+),\s*output:\s*([\w.]+),?\s*\}/g;
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/.*$/gm;

/**
 * A domain's contract table (`core/<domain>/api.ts`, or `<name>-api.ts` beside it) with each schema read on first use: `input` and `output` of
 * every entry become getters that require the schema's module then. An action module spreads its own entry
 * (`...staysApi.apply`), so loading it builds its own schemas and no other action's. Null when the file is not of
 * the plain form (value imports, then one table of `name: { input: x, output: y }` entries, `x` an imported name or
 * `namespace.name`): such a file is bundled as it is, eagerly (tests/unit/function-bundles.test.ts says which).
 */
export function lazyContractSource(source: string): string | null {
  const bindings = new Map<string, { from: string; name: string | null }>();
  const rest = source.replace(VALUE_IMPORT, (_, named: string | undefined, namespace: string | undefined, from: string) => {
    if (namespace) bindings.set(namespace, { from, name: null });
    for (const part of (named ?? '')
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean)) {
      const [name, alias] = part.split(/\s+as\s+/);
      bindings.set(alias ?? name, { from, name });
    }
    return '';
  });
  const table = TABLE.exec(rest);
  if (!table || bindings.size === 0) return null;
  const outside = (rest.slice(0, table.index) + rest.slice(table.index + table[0].length)).replace(COMMENTS, '');
  if ([...bindings.keys()].some((binding) => new RegExp(`\\b${binding}\\b`).test(outside))) return null;
  let unknown = false;
  const load = (expression: string): string => {
    const [binding, member, ...more] = expression.split('.');
    const found = bindings.get(binding);
    const name = found?.name ?? (found && more.length === 0 ? member : undefined);
    if (!found || !name || (found.name && member)) {
      unknown = true;
      return expression;
    }
    return `require(${JSON.stringify(found.from)}).${name}`;
  };
  const entries = table[2].replace(
    CONTRACT_ENTRY,
    (_, action: string, input: string, output: string) =>
      `${action}: { get input() { return ${load(input)}; }, get output() { return ${load(output)}; } }`,
  );
  const leftover = table[2].replace(CONTRACT_ENTRY, '').replace(COMMENTS, '').replace(/[\s,]/g, '');
  if (unknown || leftover !== '') return null;
  return rest.replace(table[0], `${table[1]}${entries}${table[3]}`);
}

const OURS = [join(ROOT, 'core') + sep, join(ROOT, 'cloudfunctions') + sep];
const ACTION_FILE = /[\\/]cloudfunctions[\\/][^\\/]+[\\/]actions[\\/][\w-]+\.ts$/;
const CONTRACT_SPREAD = /^(\s*)\.\.\.(\w+Api\.\w+),$/gm;

/**
 * An action module with its schemas read on first use: the entry it spreads from its contract (`...staysApi.apply,`)
 * becomes a getter for its `input` and one for its `output`. A module holds several actions and a cold start answers
 * one: the others' payload schemas are not built (with core's schema modules lazy too, scripts/lazy-schemas.ts), and
 * the reply schemas, which the shell reads only to check replies in the tests (`CHECK_REPLIES`), never are. The spec
 * has the same fields, in the same order.
 */
export const lazySpecSource = (source: string): string =>
  source.replace(
    CONTRACT_SPREAD,
    (_, indent: string, entry: string) =>
      `${indent}get input() { return ${entry}.input; },\n${indent}get output() { return ${entry}.output; },`,
  );

/**
 * esbuild plugin: a function's actions are loaded on their first call, not when the bundle loads. A cold start
 * answers one action, yet loading every action module built every zod schema of the function's contract (a third
 * of the bundle's load time, issue 16). Each `./actions/*` module that `cloudfunctions/<name>/main.ts` imports is
 * replaced by a stand-in exporting, for each of its `export const` specs, a proxy that requires the real module on
 * first touch; esbuild then wraps that module, and everything only it imports, in a lazy initialiser.
 *
 * Nothing changes in the sources (the tests and the local cloud's source mode load them as they are), and a new
 * action is lazy without any edit. What `createMain` sees is the same table: the names are there at once
 * (`main.actions`), a spec's fields on first read.
 */
export function lazyActions(): Plugin {
  return {
    name: 'lazy-actions',
    setup(build) {
      build.onResolve({ filter: ACTION_IMPORT }, async (args) => {
        if (args.pluginData === LAZY_NAMESPACE || !MAIN_FILE.test(args.importer)) return undefined;
        const real = await build.resolve(args.path, { resolveDir: args.resolveDir, kind: args.kind, pluginData: LAZY_NAMESPACE });
        if (real.errors.length > 0 || exportedNames(readFileSync(real.path, 'utf8')).length === 0) return undefined;
        return { path: relative(ROOT, real.path).replace(/\\/g, '/'), namespace: LAZY_NAMESPACE };
      });
      // Our sources as a bundle reads them: a contract table's schemas, an action's reply schema, and what it imports
      // from core's barrels, each on first use (scripts/direct-imports.ts). Unchanged files load as they are.
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!OURS.some((dir) => args.path.startsWith(dir)) || args.path.includes('node_modules')) return undefined;
        const source = readFileSync(args.path, 'utf8');
        const isContract = CONTRACT_FILE.test(args.path);
        let contents = isContract ? (lazyContractSource(source) ?? source) : source;
        if (ACTION_FILE.test(args.path)) contents = lazySpecSource(contents);
        contents = directImportsSource(contents, args.path);
        if (mayBeLazy(args.path)) contents = lazySchemasSource(contents, args.path, isLazyImport(args.path)) ?? contents;
        return contents === source ? undefined : { contents, loader: 'ts', resolveDir: dirname(args.path) };
      });
      build.onResolve({ filter: new RegExp(`^${LAZY_NAMESPACE}:${RUNTIME}$`) }, () => ({ path: RUNTIME, namespace: LAZY_NAMESPACE }));
      build.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, (args) => {
        if (args.path === RUNTIME) return { contents: RUNTIME_SOURCE, loader: 'js' };
        const file = resolve(ROOT, args.path);
        const stand = exportedNames(readFileSync(file, 'utf8')).map(
          (name) => `export const ${name} = lazySpec(() => require(${JSON.stringify(file)}).${name});`,
        );
        return {
          contents: [`import { lazySpec } from '${LAZY_NAMESPACE}:${RUNTIME}';`, ...stand].join('\n'),
          loader: 'js',
          resolveDir: ROOT,
        };
      });
    },
  };
}
