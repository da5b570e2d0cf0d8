import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { adminEn } from './en';
import { adminZhCN, type AdminMessageKey, type AdminMessages } from './zh-CN';

export type { AdminMessageKey, AdminMessages } from './zh-CN';

export const ADMIN_DICTIONARIES: Record<Locale, AdminMessages> = { 'zh-CN': adminZhCN, en: adminEn };

/** An admin text in the current language (components re-render on a switch through `useLocale`). */
export function ta(key: AdminMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(ADMIN_DICTIONARIES[locale][key], params);
}
