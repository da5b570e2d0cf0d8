import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const CORE_DIR = join(ROOT, 'core');

const NAMED_IMPORT = /^import\s+\{([^}]*)\}\s+from\s+'(\.{1,2}\/[^']*)';$/gm;
const STAR_EXPORT = /^export\s+\*\s+from\s+'(\.\/[\w.-]+)';$/gm;
const DECLARED_EXPORT =
  /^export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|abstract\s+class|enum|type|interface)\s+(\w+)/gm;
const LISTED_EXPORT = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/.*$/gm;

const moduleFile = (path: string): string | null =>
  [`${path}.ts`, join(path, 'index.ts')].find((file) => existsSync(file) && !file.endsWith('.d.ts')) ?? null;

/** `core/<domain>/index.ts` when it only re-exports (`export * from './x';` lines): each `./x`, else null. */
function barrelParts(file: string): string[] | null {
  if (!file.startsWith(CORE_DIR) || !file.endsWith('index.ts')) return null;
  const source = readFileSync(file, 'utf8');
  const parts = [...source.matchAll(STAR_EXPORT)].map((m) => m[1]);
  const rest = source.replace(STAR_EXPORT, '').replace(COMMENTS, '').trim();
  return parts.length > 0 && rest === '' ? parts : null;
}

/** The names a module exports, its own and those it re-exports with `export *` (followed), or null if unsure. */
function exportedNames(file: string, depth = 0): Set<string> | null {
  if (depth > 4) return null;
  const source = readFileSync(file, 'utf8').replace(COMMENTS, '');
  const names = new Set([...source.matchAll(DECLARED_EXPORT)].map((m) => m[1]));
  for (const [, list] of source.matchAll(LISTED_EXPORT))
    for (const item of list.split(',').map((i) => i.trim().replace(/^type\s+/, '')))
      if (item) names.add(item.split(/\s+as\s+/).pop() as string);
  for (const [, from] of source.matchAll(STAR_EXPORT)) {
    const nested = moduleFile(join(dirname(file), from));
    const more = nested && exportedNames(nested, depth + 1);
    if (!more) return null;
    for (const name of more) names.add(name);
  }
  if (/^export\s+\*\s+as\b|^export\s+default\b/m.test(source)) names.add('default');
  return names;
}

/**
 * A module's named imports from one of core's barrels (`core/requests/index.ts`: only `export * from './x'` lines)
 * made direct: `import { deadlineFor } from '../requests'` becomes `import { deadlineFor } from '../requests/deadline'`.
 * Importing a barrel evaluates every module it re-exports (for `core/requests`, every schema of the domain) before
 * the one name is read; core/ has no side effects, so importing the module itself gives the same values. An import
 * any of whose names cannot be placed in exactly one part of the barrel is left as it is.
 */
export function directImportsSource(source: string, file: string): string {
  return source.replace(NAMED_IMPORT, (statement: string, list: string, from: string) => {
    const barrel = moduleFile(resolve(dirname(file), from));
    const parts = barrel && barrelParts(barrel);
    if (!barrel || !parts) return statement;
    const owners = parts.map((part) => ({ part, names: exportedNames(join(dirname(barrel), `${part}.ts`)) }));
    if (owners.some((o) => o.names === null)) return statement;
    const groups = new Map<string, string[]>();
    for (const item of list
      .split(',')
      .map((i) => i.trim())
      .filter(Boolean)) {
      const name = item.replace(/^type\s+/, '').split(/\s+as\s+/)[0];
      const found = owners.filter((o) => o.names?.has(name));
      if (found.length !== 1) return statement;
      groups.set(found[0].part, [...(groups.get(found[0].part) ?? []), item]);
    }
    const base = from.replace(/\/(?:index)?$/, '');
    return [...groups].map(([part, items]) => `import { ${items.join(', ')} } from '${base}/${part.slice(2)}';`).join('\n');
  });
}
