import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';
import { directImportsSource } from './direct-imports';

const ROOT = resolve(__dirname, '..');
const CORE_DIR = join(ROOT, 'core');

/** Names the transform adds; a module that already uses the prefix is left as it is. */
const PREFIX = '$lazy_';
const RUNTIME_LOCAL = `${PREFIX}runtime`;
/** What the rewritten modules share (in the bundle once). */
const RUNTIME = 'runtime';
export const RUNTIME_SOURCE = `
export function once(build) {
  let done = false;
  let value;
  return () => {
    if (!done) {
      value = build();
      done = true;
    }
    return value;
  };
}
export function define(exports, getters) {
  Object.defineProperty(exports, '__esModule', { value: true });
  for (const name of Object.keys(getters)) Object.defineProperty(exports, name, { enumerable: true, get: getters[name] });
}`;

/** The stand-in a rewritten module requires for each module it imports: `<SHIM>:<names, comma-separated>:<module>`. */
const SHIM = 'lazy-schemas-shim';
const shimPath = (from: string, names: string[]): string => `${SHIM}:${names.sort().join(',')}:${from}`;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Where an identifier is not a reference to a binding: a member's or a key's name, or a type. */
function isNameOnly(id: ts.Identifier): boolean {
  const parent = id.parent;
  if (
    (ts.isPropertyAccessExpression(parent) && parent.name === id) ||
    (ts.isPropertyAssignment(parent) && parent.name === id) ||
    (ts.isMethodDeclaration(parent) && parent.name === id) ||
    (ts.isPropertyDeclaration(parent) && parent.name === id) ||
    (ts.isPropertySignature(parent) && parent.name === id) ||
    (ts.isGetAccessorDeclaration(parent) && parent.name === id) ||
    (ts.isSetAccessorDeclaration(parent) && parent.name === id) ||
    (ts.isBindingElement(parent) && parent.propertyName === id) ||
    (ts.isQualifiedName(parent) && parent.right === id) ||
    ts.isLabeledStatement(parent) ||
    ts.isBreakOrContinueStatement(parent)
  )
    return true;
  for (let node: ts.Node = parent; !ts.isSourceFile(node); node = node.parent) if (ts.isTypeNode(node)) return true;
  return false;
}

/** Names declared anywhere below the top level (parameters, locals, inner functions, catch variables). */
function innerDeclarations(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const addBinding = (name: ts.BindingName) => {
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) addBinding(element.name);
  };
  const visit = (node: ts.Node, top: boolean) => {
    if (!top) {
      if (ts.isParameter(node) || ts.isVariableDeclaration(node) || ts.isBindingElement(node)) addBinding(node.name);
      else if ((ts.isFunctionDeclaration(node) || ts.isFunctionExpression(node) || ts.isClassLike(node)) && node.name)
        names.add(node.name.text);
    }
    // A top-level statement's own name is not an inner declaration; everything under it is.
    const childTop = top && (ts.isSourceFile(node) || ts.isVariableStatement(node) || ts.isVariableDeclarationList(node));
    node.forEachChild((child) => {
      if (top && ts.isVariableDeclaration(node) && child === node.name) return;
      visit(child, childTop);
    });
  };
  visit(file, true);
  return names;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  (ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : []).some((m) => m.kind === kind);

/**
 * Does building this value run code when the module loads: a call, `new`, or a read of a lazy value or of an
 * import (which may build one elsewhere)? What is inside a function is not run then.
 */
function runsCode(node: ts.Node, lazy: ReadonlySet<string>, imported: ReadonlySet<string>): boolean {
  const visit = (n: ts.Node): boolean => {
    if (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isTypeNode(n)) return false;
    if (ts.isCallExpression(n) || ts.isNewExpression(n) || ts.isTaggedTemplateExpression(n)) return true;
    if (ts.isIdentifier(n) && !isNameOnly(n) && (lazy.has(n.text) || imported.has(n.text))) return true;
    return n.forEachChild(visit) ?? false;
  };
  return visit(node);
}

/**
 * A module of core/ rewritten so that each top-level `const` whose value takes code to build (a zod schema, mostly)
 * is built on its first read, not when the module loads. A function answers one action per cold start, yet loading
 * a domain's schema module built every schema in it and in every schema module it imports: 10–30 ms of each
 * function's cold call (issue 16). The rewritten module is CommonJS: its exports are getters (esbuild's importers
 * read `import_x.name` at each use, so a read is a first use), such a `const` becomes a function that builds its
 * value once, and each import becomes a `require`: of the module itself when it is rewritten too (`isLazy`), else
 * of a stand-in exporting only the names used (`SHIM`), which keeps esbuild's tree-shaking of it.
 * Answers null, leaving the module as it is, unless it is of the plain form core's modules have: imports of named
 * bindings, `const`s, functions and types at the top level and nothing else, no inner name shadowing a top-level
 * one, and at least one value to build. Values and their identity are unchanged; only when each is built changes,
 * which core/ allows (it has no side effects).
 */
export function lazySchemasSource(source: string, fileName: string, isLazy: (from: string) => boolean = () => false): string | null {
  if (source.includes(PREFIX)) return null;
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const remove = (node: ts.Node) => edits.push({ start: node.getFullStart(), end: node.getEnd(), text: '' });
  const dropExport = (node: ts.Node) => {
    for (const modifier of ts.getModifiers(node as ts.HasModifiers) ?? [])
      if (modifier.kind === ts.SyntaxKind.ExportKeyword) edits.push({ start: modifier.getStart(), end: modifier.getEnd(), text: '' });
  };
  /** Imported local name → the module and the name it has there (null: `import * as`). */
  const imported = new Map<string, { from: string; name: string | null }>();
  /** Exported name → local name (`export const x`, `export function x`, `export { local as x }`). */
  const exportedAs = new Map<string, string>();
  const consts: Array<{ statement: ts.VariableStatement; name: string; initializer: ts.Expression }> = [];
  const top = new Set<string>();

  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      if (!clause || clause.name || !ts.isStringLiteral(statement.moduleSpecifier)) return null;
      const bindings = clause.namedBindings;
      const from = statement.moduleSpecifier.text;
      if (!clause.isTypeOnly && bindings && ts.isNamespaceImport(bindings)) imported.set(bindings.name.text, { from, name: null });
      else if (!clause.isTypeOnly && bindings && ts.isNamedImports(bindings))
        for (const element of bindings.elements)
          if (!element.isTypeOnly) imported.set(element.name.text, { from, name: (element.propertyName ?? element.name).text });
      remove(statement);
    } else if (ts.isTypeAliasDeclaration(statement) || ts.isInterfaceDeclaration(statement)) {
      if (hasModifier(statement, ts.SyntaxKind.DeclareKeyword)) return null;
      dropExport(statement);
    } else if (ts.isExportDeclaration(statement)) {
      // `export { a, b as c }` of names this module has or imports; `export … from` is left to esbuild.
      if (!statement.isTypeOnly) {
        if (statement.moduleSpecifier || !statement.exportClause || !ts.isNamedExports(statement.exportClause)) return null;
        for (const element of statement.exportClause.elements)
          if (!element.isTypeOnly) exportedAs.set(element.name.text, (element.propertyName ?? element.name).text);
      }
      remove(statement);
    } else if (ts.isFunctionDeclaration(statement)) {
      if (!statement.name || !statement.body || hasModifier(statement, ts.SyntaxKind.DefaultKeyword)) return null;
      top.add(statement.name.text);
      if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) exportedAs.set(statement.name.text, statement.name.text);
      dropExport(statement);
    } else if (ts.isVariableStatement(statement)) {
      const list = statement.declarationList;
      if (!(list.flags & ts.NodeFlags.Const) || hasModifier(statement, ts.SyntaxKind.DeclareKeyword)) return null;
      if (list.declarations.length !== 1) return null;
      const [declaration] = list.declarations;
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return null;
      const name = declaration.name.text;
      top.add(name);
      consts.push({ statement, name, initializer: declaration.initializer });
      if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) exportedAs.set(name, name);
    } else {
      return null;
    }
  }
  const inner = innerDeclarations(file);
  if ([...top, ...imported.keys()].some((name) => inner.has(name))) return null;

  // The values that take code to build, and those that read them as they are built (to a fixed point).
  const lazy = new Set<string>();
  const importedNames = new Set(imported.keys());
  for (let grew = true; grew;) {
    grew = false;
    for (const { name, initializer } of consts)
      if (!lazy.has(name) && runsCode(initializer, lazy, importedNames)) {
        lazy.add(name);
        grew = true;
      }
  }
  if (lazy.size === 0) return null;
  for (const { statement, name, initializer } of consts) {
    if (!lazy.has(name)) {
      dropExport(statement);
      continue;
    }
    // `const x: T = value;` → `var $lazy_x = $lazy_runtime_once(() => (value));`, read as `$lazy_x()`.
    edits.push({ start: statement.getStart(), end: initializer.getStart(), text: `var ${PREFIX}${name} = ${RUNTIME_LOCAL}_once(() => (` });
    edits.push({ start: initializer.getEnd(), end: statement.getEnd(), text: '));' });
  }

  // Every reference to a lazy value or an import, rewritten; the imports referenced only as types are dropped.
  const modules = new Map<string, { local: string; names: Set<string> }>();
  // A module's exports are read member by member at each use (for a rewritten module, a read builds), except a
  // package's, taken once by name as the module loads (shorter code): a package never imports ours, so it is fully
  // loaded by then, where a module of ours in an import cycle might not be yet.
  const byName = (from: string) => !from.startsWith('.') && !isLazy(from);
  const read = (from: string, name: string): string => {
    const module = modules.get(from) ?? { local: `${PREFIX}m${modules.size}`, names: new Set<string>() };
    modules.set(from, module);
    module.names.add(name);
    if (name === '*') return module.local;
    return byName(from) ? `${module.local}_${name}` : `${module.local}.${name}`;
  };
  const replacement = (name: string, member?: string): string | null => {
    if (lazy.has(name)) return `${PREFIX}${name}()`;
    const binding = imported.get(name);
    if (!binding) return null;
    return read(binding.from, binding.name ?? member ?? '*');
  };
  const getters: string[] = [];
  for (const [name, local] of exportedAs) {
    const value = replacement(local) ?? (top.has(local) ? local : null);
    if (value === null) return null;
    getters.push(`  ${name}: () => ${value},`);
  }
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node) || ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node))
      return;
    if (ts.isIdentifier(node) && !isNameOnly(node)) {
      const parent = node.parent;
      const declared = (ts.isVariableDeclaration(parent) || ts.isFunctionDeclaration(parent)) && parent.name === node;
      // `z.object` of `import * as z`: the member is the name read.
      const member = ts.isPropertyAccessExpression(parent) && parent.expression === node ? parent.name.text : undefined;
      const namespaced = member !== undefined && imported.get(node.text)?.name === null;
      const text = declared ? null : replacement(node.text, member);
      if (text === null) return;
      if (namespaced) edits.push({ start: parent.getStart(), end: parent.getEnd(), text });
      else if (ts.isShorthandPropertyAssignment(parent))
        edits.push({ start: node.getStart(), end: node.getEnd(), text: `${node.text}: ${text}` });
      else edits.push({ start: node.getStart(), end: node.getEnd(), text });
      return;
    }
    node.forEachChild(visit);
  };
  visit(file);

  // The exports are defined first, all of them: an importer takes their names as it requires the module.
  const head = [
    `var { once: ${RUNTIME_LOCAL}_once, define: ${RUNTIME_LOCAL}_define } = require(${JSON.stringify(`${SHIM}:${RUNTIME}`)});`,
    `${RUNTIME_LOCAL}_define(exports, {`,
    ...getters,
    `});`,
    ...[...modules].map(([from, { local, names }]) => {
      if (isLazy(from)) return `var ${local} = require(${JSON.stringify(from)});`;
      const shim = `require(${JSON.stringify(shimPath(from, [...names]))})`;
      if (names.has('*') || !byName(from)) return `var ${local} = ${shim};`;
      return `var { ${[...names].map((name) => `${name}: ${local}_${name}`).join(', ')} } = ${shim};`;
    }),
  ].join('\n');
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return `${head}\n${out}`;
}

const PLUGIN = 'lazy-schemas';

const rewritten = new Map<string, boolean>();
/** Whether a module of core/ is one the build rewrites (worked out once per file and process: a build's run). */
function isRewritten(file: string): boolean {
  let answer = rewritten.get(file);
  if (answer === undefined) {
    const source = readFileSync(file, 'utf8');
    answer = mayBeLazy(file) && lazySchemasSource(directImportsSource(source, file), file) !== null;
    rewritten.set(file, answer);
  }
  return answer;
}

/** For `lazySchemasSource`: is what `importer` imports as `from` a module of core/ that is rewritten too? */
export const isLazyImport =
  (importer: string) =>
  (from: string): boolean => {
    if (!from.startsWith('.')) return false;
    const path = resolve(dirname(importer), from);
    const file = [`${path}.ts`, join(path, 'index.ts')].find((f) => existsSync(f));
    return file !== undefined && isRewritten(file);
  };

/** Is this a module of core/ that `lazySchemasSource` may rewrite? (Contract tables have their own, scripts/lazy-actions.ts.) */
export const mayBeLazy = (path: string): boolean => path.startsWith(CORE_DIR) && !/(?:\.test|[\\/-]api)\.ts$/.test(path);

/**
 * esbuild plugin: the modules a rewritten module requires that are not rewritten themselves, each through a stand-in
 * (`SHIM`) that re-exports only the names used, and the runtime the rewritten modules share.
 */
export function lazySchemas(): Plugin {
  return {
    name: PLUGIN,
    setup(build) {
      build.onResolve({ filter: new RegExp(`^${SHIM}:${RUNTIME}$`) }, () => ({ path: RUNTIME, namespace: SHIM, sideEffects: false }));
      // One stand-in per module and set of names. It imports the module by the very specifier, from the very folder,
      // the rewritten module had: every plugin then resolves it as it resolves that module's other importers (the
      // same file with the same settings, e.g. core's `sideEffects: false`), which keeps the build deterministic.
      build.onResolve({ filter: new RegExp(`^${SHIM}:`) }, async (args) => {
        const [, names, from] = /^[^:]+:([^:]*):(.*)$/.exec(args.path) as RegExpExecArray;
        const real = await build.resolve(from, { kind: 'import-statement', resolveDir: args.resolveDir, importer: args.importer });
        if (real.errors.length > 0) return { errors: real.errors };
        return { path: `${names}:${real.path}`, namespace: SHIM, sideEffects: false, pluginData: { from, resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: SHIM }, (args) => {
        if (args.path === RUNTIME) return { contents: RUNTIME_SOURCE, loader: 'js' };
        const { from, resolveDir } = args.pluginData as { from: string; resolveDir: string };
        const names = /^([^:]*):/.exec(args.path)?.[1].split(',') ?? [];
        const contents = names.includes('*')
          ? `export * from ${JSON.stringify(from)};`
          : `export { ${names.join(', ')} } from ${JSON.stringify(from)};`;
        return { contents, loader: 'js', resolveDir };
      });
    },
  };
}
