import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { requestEn } from './en';
import { requestZhCN, type RequestMessageKey, type RequestMessages } from './zh-CN';

export type { RequestMessageKey, RequestMessages } from './zh-CN';

export const REQUEST_DICTIONARIES: Record<Locale, RequestMessages> = { 'zh-CN': requestZhCN, en: requestEn };

/** A text of the request subpackage in the current language (components re-render through `useLocale`). */
export function tr(key: RequestMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(REQUEST_DICTIONARIES[locale][key], params);
}
