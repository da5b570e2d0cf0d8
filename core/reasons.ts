import type { Locale, LocalizedText } from './contract/locale';

/** One failed rule, with a sentence the applicant can read. */
export interface Reason {
  rule: string;
  message: LocalizedText;
}

export const reason = (rule: string, zh: string, en: string): Reason => ({ rule, message: { 'zh-CN': zh, en } });

/** What `details.reasons` carries to the client: the rule and the sentence in the caller's language. */
export const localiseReasons = (reasons: readonly Reason[], locale: Locale) =>
  reasons.map((r) => ({ rule: r.rule, message: r.message[locale] }));
