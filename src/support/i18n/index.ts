import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { supportEn } from './en';
import { supportZhCN, type SupportMessageKey, type SupportMessages } from './zh-CN';

export type { SupportMessageKey, SupportMessages } from './zh-CN';

export const SUPPORT_DICTIONARIES: Record<Locale, SupportMessages> = { 'zh-CN': supportZhCN, en: supportEn };

/** A text of the housing support subpackage in the current language (pages re-render through `useLocale`). */
export function ts(key: SupportMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(SUPPORT_DICTIONARIES[locale][key], params);
}
