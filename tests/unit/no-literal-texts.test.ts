import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every visible text comes from the dictionaries (src/i18n, src/admin/i18n), in both languages. This scans every
 * component for texts written into the markup instead: JSX text, a string in braces, or a string given to a prop
 * people read (placeholder, title…). Letters of any script count; numbers, punctuation and symbols do not.
 */
const SRC = join(__dirname, '..', '..', 'src');
const VISIBLE_PROPS = new Set(['placeholder', 'title', 'alt', 'label', 'confirmText', 'cancelText', 'content', 'aria-label']);
const WORDS = /[\p{L}]{2,}|[\u3400-\u9fff]/u;
/** A dictionary key handed to a component that looks it up itself (`placeholder='inbox.reply'`), not a text. */
const KEY = /^[a-z][\w-]*(\.[\w-]+)+$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return files(path);
    return path.endsWith('.tsx') ? [path] : [];
  });
}

export function literalTexts(fileName: string, source: string): string[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart());
    found.push(`${relative(SRC, fileName)}:${line + 1} ${JSON.stringify(text.trim())}`);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node) && WORDS.test(node.text)) report(node, node.text);
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isJsxElement(node.parent) &&
      isStringy(node.expression) &&
      WORDS.test(node.expression.text)
    ) {
      report(node, node.expression.text);
    }
    if (ts.isJsxAttribute(node) && VISIBLE_PROPS.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      if (value && isStringy(value) && WORDS.test(value.text) && !KEY.test(value.text)) report(node, value.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const isStringy = (node: ts.Node): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral =>
  ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

test('no component writes a visible text itself instead of taking it from the dictionaries', () => {
  const offenders = files(SRC).flatMap((path) => literalTexts(path, readFileSync(path, 'utf8')));
  expect(offenders).toEqual([]);
});

test.each([
  ['<Text>提交</Text>', 1],
  ['<Button>Submit</Button>', 1],
  ["<Text>{'Loading…'}</Text>", 1],
  ["<Input placeholder='Your name' />", 1],
  ["<Input placeholder={'您的姓名'} />", 1],
  ['<Text>{t("requests.title")}</Text>', 0],
  ['<Text>{`${n} / 1000`}</Text>', 0],
  ['<Text>−</Text>', 0],
  ["<View className='requests__item' />", 0],
  ["<TextAction placeholder='inbox.returnReason' />", 0],
  ["<Input placeholder='e.g. Fudan' />", 1],
])('the scan finds %s', (markup, count) => {
  expect(literalTexts('probe.tsx', `const x = ${markup};`)).toHaveLength(count);
});
