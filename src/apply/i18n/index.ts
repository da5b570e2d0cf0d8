import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { applyEn } from './en';
import { applyZhCN, type ApplyMessageKey, type ApplyMessages } from './zh-CN';

export type { ApplyMessageKey, ApplyMessages } from './zh-CN';

export const APPLY_DICTIONARIES: Record<Locale, ApplyMessages> = { 'zh-CN': applyZhCN, en: applyEn };

/** A text of the application subpackage in the current language (components re-render through `useLocale`). */
export function tp(key: ApplyMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(APPLY_DICTIONARIES[locale][key], params);
}
