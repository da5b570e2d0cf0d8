import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { isLazyImport, lazySchemasSource, RUNTIME_SOURCE } from '../../scripts/lazy-schemas';

const FILE = join(__dirname, '../../core/example.ts');

const toCommonJs = (source: string): string =>
  ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } }).outputText;

const runtime = (): Record<string, unknown> => {
  const exports = {};
  new Function('exports', toCommonJs(RUNTIME_SOURCE))(exports);
  return exports;
};

/** Evaluates a rewritten module as the bundle would: `modules` answers what it requires, by the name it imports. */
function load(source: string, modules: Record<string, Record<string, unknown>>, lazy: readonly string[] = []) {
  const rewritten = lazySchemasSource(source, FILE, (from) => lazy.includes(from));
  if (rewritten === null) throw new Error('not rewritten');
  const required: string[] = [];
  const require = (path: string) => {
    required.push(path);
    if (path === 'lazy-schemas-shim:runtime') return runtime();
    const from = path.startsWith('lazy-schemas-shim:') ? path.split(':').slice(2).join(':') : path;
    return modules[from];
  };
  const exports: Record<string, unknown> = {};
  new Function('exports', 'require', toCommonJs(rewritten))(exports, require);
  return { exports, required, rewritten };
}

describe('lazy core modules in the function bundles (scripts/lazy-schemas.ts)', () => {
  const counting = () => {
    const built: string[] = [];
    return { built, maker: { make: (name: string) => (built.push(name), { name }) } };
  };
  const SOURCE = [
    "import { make } from './maker';",
    "import type { Shape } from './shape';",
    "export const a = make('a');",
    "const b: Shape = make('b');",
    'export const both = { a, b, list: [a] };',
    "export const LABELS = { x: 'X' } as const;",
    'export type Both = typeof both;',
    'export function pick(which: string) {',
    '  return which === "a" ? a : b;',
    '}',
    'export const pickB = () => pick("b");',
  ].join('\n');

  it('builds nothing as the module loads, each value on its first read, once', () => {
    const { built, maker } = counting();
    const { exports } = load(SOURCE, { './maker': maker });
    expect(built).toEqual([]);
    expect(Object.keys(exports).sort()).toEqual(['LABELS', 'a', 'both', 'pick', 'pickB']);
    expect(exports.a).toEqual({ name: 'a' });
    expect(built).toEqual(['a']);
    expect(exports.both).toEqual({ a: { name: 'a' }, b: { name: 'b' }, list: [{ name: 'a' }] });
    expect(built).toEqual(['a', 'b']);
    expect(exports.a).toBe((exports.both as { a: unknown }).a);
    expect((exports.pickB as () => unknown)()).toBe((exports.both as { b: unknown }).b);
    expect(exports.LABELS).toEqual({ x: 'X' });
    expect(built).toEqual(['a', 'b']);
  });

  it('reads an ES module through a stand-in naming what it uses, and a rewritten one member by member', () => {
    const { maker } = counting();
    const namespaced = [
      "import * as z from 'zod';",
      "import { make } from './maker';",
      "import { tag } from './plain';",
      "export const s = z.string(make(tag('s')));",
    ].join('\n');
    const zod = { string: (x: unknown) => ({ string: x }) };
    const plain = { tag: (x: string) => `#${x}` };
    const { exports, required, rewritten } = load(namespaced, { zod, './maker': maker, './plain': plain }, ['./maker']);
    expect(exports.s).toEqual({ string: { name: '#s' } });
    expect(required).toEqual(['lazy-schemas-shim:runtime', 'lazy-schemas-shim:string:zod', './maker', 'lazy-schemas-shim:tag:./plain']);
    // A package's names are taken as the module loads; ours are read at each use (one may be in an import cycle).
    expect(rewritten).toContain('var { string: $lazy_m0_string }');
    expect(rewritten).toContain('$lazy_m1.make(');
    expect(rewritten).toContain('$lazy_m2.tag(');
  });

  it('leaves a module as it is unless it is of the plain form', () => {
    const cases: Record<string, string> = {
      'nothing to build': "import { z } from 'zod';\nexport const N = 3;\nexport const f = () => z.string();\n",
      'a default import': "import dayjs from 'dayjs';\nexport const d = dayjs();\n",
      'an import for its effect': "import './setup';\nexport const d = make();\n",
      'a statement': "import { make } from './m';\nexport const d = make();\nd.extra = 1;\n",
      'a let': "import { make } from './m';\nexport let d = make();\n",
      'a class': "import { make } from './m';\nexport const d = make();\nexport class C {}\n",
      'a re-export': "import { make } from './m';\nexport const d = make();\nexport * from './other';\n",
      'a default export': "import { make } from './m';\nexport const d = make();\nexport default d;\n",
      'a shadowed name': "import { make } from './m';\nexport const d = make();\nexport const f = (make: number) => make;\n",
      'a destructured const': "import { make } from './m';\nexport const { d } = make();\n",
      'two consts in one statement': "import { make } from './m';\nexport const d = make(), e = make();\n",
    };
    for (const [why, source] of Object.entries(cases)) expect([why, lazySchemasSource(source, FILE)]).toEqual([why, null]);
  });

  it("rewrites core's schema modules, and knows which of their imports are rewritten too", () => {
    const inputs = join(__dirname, '../../core/housing/inputs.ts');
    expect(lazySchemasSource(readFileSync(inputs, 'utf8'), inputs)).not.toBeNull();
    expect(isLazyImport(inputs)('../documents')).toBe(true);
    expect(isLazyImport(inputs)('zod')).toBe(false);
  });
});
