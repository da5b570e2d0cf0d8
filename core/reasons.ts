import { AppError } from './contract/errors';
import type { Locale, LocalizedText } from './contract/locale';

/** One failed rule, with a sentence the applicant can read. */
export interface Reason {
  rule: string;
  message: LocalizedText;
}

export const reason = (rule: string, zh: string, en: string): Reason => ({ rule, message: { 'zh-CN': zh, en } });

/** NOT_ELIGIBLE with every failed rule, each with a sentence in both languages for the shell to pick from. */
export const notEligible = (reasons: readonly Reason[]): AppError => new AppError('NOT_ELIGIBLE', { details: { reasons } });

/** Refuses with `notEligible` when any rule failed. */
export function assertEligible(reasons: readonly Reason[]): void {
  if (reasons.length > 0) throw notEligible(reasons);
}

/** What `details.reasons` carries to the client: the rule and the sentence in the caller's language. */
export const localiseReasons = (reasons: readonly Reason[], locale: Locale) =>
  reasons.map((r) => ({ rule: r.rule, message: r.message[locale] }));
