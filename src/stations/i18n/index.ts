import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { stationsEn } from './en';
import { stationsZhCN, type StationsMessageKey, type StationsMessages } from './zh-CN';

export type { StationsMessageKey, StationsMessages } from './zh-CN';

export const STATIONS_DICTIONARIES: Record<Locale, StationsMessages> = { 'zh-CN': stationsZhCN, en: stationsEn };

/** A text of the station network subpackage in the current language (components re-render through `useLocale`). */
export function ts(key: StationsMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(STATIONS_DICTIONARIES[locale][key], params);
}
