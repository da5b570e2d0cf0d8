import { DICTIONARIES, getLocale, resetLocaleCache, setLocale, subscribeLocale, t } from '@/i18n';
import { ADMIN_DICTIONARIES, ta } from '@/admin/i18n';
import { APPLY_DICTIONARIES } from '@/apply/i18n';
import { POLICIES_DICTIONARIES } from '@/policies/i18n';
import { STATIONS_DICTIONARIES } from '@/stations/i18n';
import { HOUSING_DICTIONARIES } from '@/housing/i18n';
import { EVENTS_DICTIONARIES } from '@/events/i18n';
import { REQUEST_DICTIONARIES } from '@/request/i18n';
import { SUPPORT_DICTIONARIES } from '@/support/i18n';
import Taro, { resetTaroStub } from './stubs/taro';

const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();

beforeEach(() => {
  resetTaroStub();
  resetLocaleCache();
});

describe.each([
  ['main package', DICTIONARIES],
  ['admin subpackage', ADMIN_DICTIONARIES],
  ['apply subpackage', APPLY_DICTIONARIES],
  ['policies subpackage', POLICIES_DICTIONARIES],
  ['stations subpackage', STATIONS_DICTIONARIES],
  ['housing subpackage', HOUSING_DICTIONARIES],
  ['events subpackage', EVENTS_DICTIONARIES],
  ['request subpackage', REQUEST_DICTIONARIES],
  ['support subpackage', SUPPORT_DICTIONARIES],
] as const)('dictionaries of the %s', (_name, dictionaries) => {
  const zh: Record<string, string> = dictionaries['zh-CN'];
  const english: Record<string, string> = dictionaries.en;

  test('zh-CN and en have exactly the same keys', () => {
    expect(Object.keys(english).sort()).toEqual(Object.keys(zh).sort());
  });

  test.each(Object.entries(dictionaries))('no %s text is empty', (_locale, messages) => {
    const empty = Object.entries(messages as Record<string, string>).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('a text has the same placeholders in both languages', () => {
    const mismatched = Object.keys(zh).filter((key) => placeholders(zh[key]).join() !== placeholders(english[key]).join());
    expect(mismatched).toEqual([]);
  });
});

test('admin texts follow the current locale', () => {
  expect(ta('console.title')).toBe('管理后台');
  setLocale('en');
  expect(ta('console.title')).toBe('Admin console');
});

describe('t and the current locale', () => {
  test('the default locale is zh-CN', () => {
    expect(getLocale()).toBe('zh-CN');
    expect(t('tab.me')).toBe('我的');
  });

  test('fills named placeholders and leaves unknown ones visible', () => {
    expect(t('me.consentMissing', { version: '2026-11-01' })).toBe('尚未同意隐私政策（版本 2026-11-01）');
    expect(t('error.fieldIssue', { path: 'phone' })).toBe('phone：{message}');
  });

  test('setLocale switches texts, notifies listeners and survives a reload from storage', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeLocale(listener);
    setLocale('en');
    expect(t('tab.me')).toBe('Me');
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();

    resetLocaleCache();
    expect(getLocale()).toBe('en');
  });

  test('setting the locale it already has notifies nobody', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeLocale(listener);
    setLocale('zh-CN');
    expect(listener).not.toHaveBeenCalled();
    unsubscribe();
  });

  test('a stored value that is not a locale falls back to zh-CN', () => {
    Taro.setStorageSync('ui.locale', 'fr');
    expect(getLocale()).toBe('zh-CN');
  });
});
