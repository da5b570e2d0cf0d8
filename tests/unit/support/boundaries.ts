import { dirname, posix, relative, resolve, sep } from 'node:path';
import ts from 'typescript';

/**
 * The import and I/O boundaries of the repository (docs/architecture.md), as one function of a file's path and text,
 * so the test can check the real tree and fixtures with the same code. Paths are relative to the repository root,
 * with forward slashes.
 */
export type Violation = { file: string; line: number; rule: string; detail: string };

/** What core may import besides its own files: the two libraries the rules are written with. */
const CORE_PACKAGES = /^(zod(\/.*)?|dayjs(\/plugin\/[\w-]+)?)$/;

/** Platform calls that read or write files or the network: pages and components reach them through src/services. */
const IO_APIS = new Set([
  'request',
  'uploadFile',
  'downloadFile',
  'connectSocket',
  'getFileSystemManager',
  'saveFile',
  'getSavedFileList',
  'getSavedFileInfo',
  'removeSavedFile',
  'getFileInfo',
  'openDocument',
  'chooseMessageFile',
  'chooseImage',
  'chooseMedia',
  'chooseVideo',
  'shareFileMessage',
  'cloud',
]);
const IO_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource']);
const PLATFORM_OBJECTS = new Set(['Taro', 'wx']);

const area = (path: string): string => path.split('/')[0];
const isTest = (path: string): boolean => /\.test\.tsx?$/.test(path);
/** src files allowed to do I/O: the service layer (src/services and a subpackage's own services folder). */
const isService = (path: string): boolean => /(^|\/)services\//.test(path);

/** Where an import specifier points: a repository path for our own files, or the package name. */
function target(file: string, specifier: string): { kind: 'file'; path: string } | { kind: 'package'; name: string } {
  if (specifier.startsWith('.')) return { kind: 'file', path: posix.normalize(posix.join(posix.dirname(file), specifier)) };
  if (specifier.startsWith('@/')) return { kind: 'file', path: `src/${specifier.slice(2)}` };
  if (specifier.startsWith('@core/')) return { kind: 'file', path: `core/${specifier.slice(6)}` };
  return { kind: 'package', name: specifier };
}

function importRules(file: string, specifier: string): string | null {
  const to = target(file, specifier);
  const from = area(file);
  if (from === 'core') {
    if (to.kind === 'file') return area(to.path) === 'core' ? null : `core imports ${to.path}: core reaches only its own files`;
    if (CORE_PACKAGES.test(to.name)) return null;
    // A test may compare against an independent source (chinese-days) or generate cases (fast-check).
    return isTest(file) ? null : `core imports the package ${to.name}: core uses only zod and dayjs`;
  }
  if (from === 'src' && to.kind === 'file' && ['cloudfunctions', 'local-cloud'].includes(area(to.path))) {
    return `src imports ${to.path}: the app reaches the backend only through src/services`;
  }
  if (from === 'cloudfunctions' && to.kind === 'file' && area(to.path) === 'cloudfunctions') {
    const own = file.split('/')[1];
    const reached = to.path.split('/')[1];
    if (own !== '_shared' && reached !== '_shared' && reached !== own) {
      return `cloudfunctions/${own} imports ${to.path}: a function reaches another domain through _shared/<domain>, never its folder`;
    }
    if (own === '_shared' && reached !== '_shared') {
      return `_shared imports ${to.path}: shared modules never reach into a function's folder`;
    }
  }
  if (from === 'scripts' && to.kind === 'file' && area(to.path) === 'tests') {
    return `scripts imports ${to.path}: tests may use scripts, not the other way (shared helpers live in scripts/support)`;
  }
  return null;
}

function lineOf(source: ts.SourceFile, position: number): number {
  return source.getLineAndCharacterOfPosition(position).line + 1;
}

/** Every import, re-export, `require('…')` and `import('…')` with a literal specifier. */
function specifiers(source: ts.SourceFile): Array<{ specifier: string; line: number }> {
  const found: Array<{ specifier: string; line: number }> = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      found.push({ specifier: node.moduleSpecifier.text, line: lineOf(source, node.getStart(source)) });
    } else if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteralLike(node.arguments[0])) {
      const callee = node.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        found.push({ specifier: node.arguments[0].text, line: lineOf(source, node.getStart(source)) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** File and network calls: `Taro.request`, `wx.cloud`, `fetch(…)`, `new WebSocket(…)`, `import { request } from '@tarojs/taro'`. */
function ioCalls(source: ts.SourceFile): Array<{ line: number; detail: string }> {
  const found: Array<{ line: number; detail: string }> = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression) && IO_APIS.has(node.name.text)) {
      const object = node.expression.text;
      if (PLATFORM_OBJECTS.has(object)) found.push({ line: lineOf(source, node.getStart(source)), detail: `${object}.${node.name.text}` });
    }
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      ['window', 'globalThis'].includes(node.expression.text)
    ) {
      if (IO_GLOBALS.has(node.name.text))
        found.push({ line: lineOf(source, node.getStart(source)), detail: `${node.expression.text}.${node.name.text}` });
    }
    if (
      (ts.isCallExpression(node) || ts.isNewExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      IO_GLOBALS.has(node.expression.text)
    ) {
      found.push({ line: lineOf(source, node.getStart(source)), detail: node.expression.text });
    }
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier) && node.moduleSpecifier.text === '@tarojs/taro') {
      const bindings = node.importClause?.namedBindings;
      if (bindings && ts.isNamedImports(bindings)) {
        for (const element of bindings.elements) {
          const name = (element.propertyName ?? element.name).text;
          if (IO_APIS.has(name))
            found.push({ line: lineOf(source, element.getStart(source)), detail: `import { ${name} } from '@tarojs/taro'` });
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * A file of one function (`cloudfunctions/<fn>/…`, its actions and modules): it calls repositories, never the database.
 * Queries live in `_shared` (`_shared/<domain>/repository.ts` and the domain modules), beside the indexes that serve them.
 */
const isFunctionFile = (path: string): boolean => /^cloudfunctions\/(?!_shared\/)[^/]+\/.+\.ts$/.test(path) && !isTest(path);

/** Every `….collection(…)` call: a query or write on a collection, or a transaction's. */
function collectionCalls(source: ts.SourceFile): number[] {
  const found: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'collection') {
      found.push(lineOf(source, node.expression.name.getStart(source)));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** `import { z } from 'zod'` pulls every zod locale into each bundle (+370 KB); `import * as z` does not. */
const ZOD_NAMED_Z = /import\s*\{\s*z\s*\}\s*from\s*['"]zod['"]/;

export function boundaryViolations(file: string, text: string): Violation[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const violations: Violation[] = [];
  for (const { specifier, line } of specifiers(source)) {
    const detail = importRules(file, specifier);
    if (detail) violations.push({ file, line, rule: 'imports', detail });
  }
  if (area(file) === 'src' && !isService(file)) {
    for (const { line, detail } of ioCalls(source)) {
      violations.push({ file, line, rule: 'io', detail: `${detail} outside src/services: pages and components only assemble UI` });
    }
  }
  if (isFunctionFile(file)) {
    for (const line of collectionCalls(source)) {
      violations.push({
        file,
        line,
        rule: 'queries',
        detail: ".collection() in a function's folder: queries live in _shared repositories and domain modules",
      });
    }
  }
  if (['core', 'src', 'cloudfunctions'].includes(area(file)) && ZOD_NAMED_Z.test(text)) {
    violations.push({ file, line: lineOf(source, text.search(ZOD_NAMED_Z)), rule: 'zod-import', detail: "use `import * as z from 'zod'`" });
  }
  return violations;
}

/** A repository path with forward slashes, whatever the platform. */
export const repoPath = (root: string, absolute: string): string => relative(root, absolute).split(sep).join('/');
export const repoRoot = (): string => resolve(dirname(__filename), '../../..');

/** The domain folder of a core file (`core/stays/x.ts` → `stays`), or null for a file directly in core. */
const coreDomain = (path: string): string | null => {
  const parts = path.split('/');
  return parts[0] === 'core' && parts.length > 2 ? parts[1] : null;
};

/**
 * The specifiers a file imports or re-exports at run time: `import type`, `export type` and imports whose every name
 * is `type` are erased by the compiler and left out.
 */
function valueImports(source: ts.SourceFile): string[] {
  const found: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typeOnly =
        clause?.isTypeOnly === true ||
        (clause !== undefined &&
          !clause.name &&
          bindings !== undefined &&
          ts.isNamedImports(bindings) &&
          bindings.elements.length > 0 &&
          bindings.elements.every((element) => element.isTypeOnly));
      if (!typeOnly) found.push(statement.moduleSpecifier.text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
      if (!statement.isTypeOnly) found.push(statement.moduleSpecifier.text);
    }
  }
  return found;
}

/**
 * Run-time import cycles between core's domain folders (`stays` imports `workspaces`, which imports `stays`), from the
 * non-test files given. A cycle means two domains are one in fact; a shared piece belongs in a folder of its own
 * (`core/stations`). Type-only imports do not count: they are erased. Files directly in core (`core/api.ts`, the
 * registry of every domain's contract) belong to no domain. Each cycle is named once, as `a → b → a`, starting from
 * its smallest name.
 */
export function coreDomainCycles(files: ReadonlyArray<{ file: string; text: string }>): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = coreDomain(file);
    if (!from || isTest(file)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const specifier of valueImports(source)) {
      const to = target(file, specifier);
      const domain = to.kind === 'file' ? coreDomain(to.path) : null;
      if (domain && domain !== from) edges.set(from, (edges.get(from) ?? new Set()).add(domain));
    }
  }
  const cycles = new Set<string>();
  const walk = (path: string[]): void => {
    for (const next of edges.get(path[path.length - 1]) ?? []) {
      if (next === path[0]) {
        if (path.every((node) => node >= path[0])) cycles.add([...path, next].join(' → '));
      } else if (!path.includes(next) && next > path[0]) walk([...path, next]);
    }
  };
  for (const start of [...edges.keys()].sort()) walk([start]);
  return [...cycles].sort();
}
