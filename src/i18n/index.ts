import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { labelOf, type LabelTable } from '@core/contract/labels';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@core/contract/locale';
import { en } from './en';
import { zhCN, type MessageKey, type Messages } from './zh-CN';

export type { MessageKey, Messages } from './zh-CN';
export type { Locale } from '@core/contract/locale';

export const DICTIONARIES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

const STORAGE_KEY = 'ui.locale';
const listeners = new Set<() => void>();
let current: Locale | null = null;

function readStoredLocale(): Locale {
  try {
    const stored: unknown = Taro.getStorageSync(STORAGE_KEY);
    return isLocale(stored) ? stored : DEFAULT_LOCALE;
  } catch {
    // Storage can be unavailable (private browsing, a full quota): fall back to the default language.
    return DEFAULT_LOCALE;
  }
}

/** The language the UI shows now; read from storage on first use. */
export function getLocale(): Locale {
  current ??= readStoredLocale();
  return current;
}

/** Switches the UI language, remembers it on this device and re-renders every `useLocale` user. */
export function setLocale(locale: Locale): void {
  if (locale === getLocale()) return;
  current = locale;
  try {
    Taro.setStorageSync(STORAGE_KEY, locale);
  } catch {
    // Not remembered across restarts, but the switch itself still applies.
  }
  listeners.forEach((listener) => listener());
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders from `params`; unknown ones stay visible so a missing parameter shows. */
export function fill(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : placeholder,
  );
}

/** The text for `key` in `locale` (default: the current one), with `{name}` placeholders filled from `params`. */
export function t(key: MessageKey, params?: MessageParams, locale: Locale = getLocale()): string {
  return fill(DICTIONARIES[locale][key], params);
}

/**
 * A code's label from its set's one table in core (stay, seat or request statuses), in `locale` (default: the
 * current one). Status labels live there, not in the dictionaries, so the app, the desk and core's messages agree.
 */
export function tLabel<Code extends string>(table: LabelTable<Code>, code: Code | string, locale: Locale = getLocale()): string {
  return labelOf(table, code, locale);
}

/** The current locale, re-rendering the component when it changes. */
export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, getLocale, getLocale);
}

/** Forgets the cached locale so the next read comes from storage again. For tests. */
export function resetLocaleCache(): void {
  current = null;
}
