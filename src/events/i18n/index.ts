import { fill, getLocale, type Locale, type MessageParams } from '@/i18n';
import { eventsEn } from './en';
import { eventsZhCN, type EventsMessageKey, type EventsMessages } from './zh-CN';

export type { EventsMessageKey, EventsMessages } from './zh-CN';

export const EVENTS_DICTIONARIES: Record<Locale, EventsMessages> = { 'zh-CN': eventsZhCN, en: eventsEn };

/** A text of the events subpackage in the current language (components re-render through `useLocale`). */
export function te(key: EventsMessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(EVENTS_DICTIONARIES[locale][key], params);
}
