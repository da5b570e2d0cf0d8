import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { policiesEn } from './en';
import { policiesZhCN, type PoliciesMessageKey, type PoliciesMessages } from './zh-CN';

export type { PoliciesMessageKey, PoliciesMessages } from './zh-CN';

export const POLICIES_DICTIONARIES: Record<Locale, PoliciesMessages> = { 'zh-CN': policiesZhCN, en: policiesEn };

/** A text of the policies subpackage in the current language (components re-render through `useLocale`). */
export function tpo(key: PoliciesMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(POLICIES_DICTIONARIES[locale][key], params);
}
