import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { housingEn } from './en';
import { housingZhCN, type HousingMessageKey, type HousingMessages } from './zh-CN';

export type { HousingMessageKey, HousingMessages } from './zh-CN';

export const HOUSING_DICTIONARIES: Record<Locale, HousingMessages> = { 'zh-CN': housingZhCN, en: housingEn };

/** A text of the talent apartment subpackage in the current language (components re-render through `useLocale`). */
export function th(key: HousingMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(HOUSING_DICTIONARIES[locale][key], params);
}
