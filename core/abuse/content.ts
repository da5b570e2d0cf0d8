import type { FieldIssue } from '../contract/errors';
import type { Locale } from '../contract/locale';

/**
 * The local stand-in for WeChat's content security check (msgSecCheck): a few obvious test words, so the local
 * cloud and the tests can exercise a refusal. It is not a moderation list; on CloudBase the text goes to WeChat
 * (`cloudfunctions/_shared/content-safety.ts`).
 */
export const LOCAL_BLOCKED_WORDS: readonly string[] = ['违禁测试词', 'forbidden-test-word'];

/** Compatibility forms folded (full-width letters), lower case, and whitespace removed, so `ＦＯＲＢＩＤＤＥＮ-test-word` or `违 禁测试词` is caught too. */
const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** The first blocked word the text contains, or null. */
export function findBlockedWord({ text, words = LOCAL_BLOCKED_WORDS }: { text: string; words?: readonly string[] }): string | null {
  const folded = fold(text);
  return words.find((word) => folded.includes(fold(word))) ?? null;
}

/** The field issue of a text the content check refused, in the caller's language. */
export const contentRefusedIssue = (path: string, locale: Locale): FieldIssue => ({
  path,
  message:
    locale === 'en' ? 'This text contains content that is not allowed; please revise it' : '内容含有不允许发布的信息，请修改后再提交',
});
