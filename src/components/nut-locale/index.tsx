import ConfigProvider from '@nutui/nutui-react-taro/dist/es/packages/configprovider';
import '@nutui/nutui-react-taro/dist/es/packages/configprovider/style/css';
import enUS from '@nutui/nutui-react-taro/dist/es/locales/en-US';
import zhCN from '@nutui/nutui-react-taro/dist/es/locales/zh-CN';
import type { ReactNode } from 'react';
import { t, useLocale, type Locale } from '@/i18n';

const BASE = { 'zh-CN': zhCN, en: enUS } as const;

/**
 * NutUI's built-in texts in the app's language. NutUI ships its own dictionaries; the texts our screens can show
 * (confirm/cancel of a picker, the calendar's weekdays, month titles and tips, the picker column units) are
 * replaced by ours, so every visible string still comes from `src/i18n`.
 */
function nutLocale(locale: Locale) {
  const base = BASE[locale];
  const text = (key: Parameters<typeof t>[0]) => t(key, undefined, locale);
  return {
    ...base,
    confirm: text('common.confirm'),
    cancel: text('common.cancel'),
    close: text('common.close'),
    calendaritem: {
      ...base.calendaritem,
      weekdays: text('nut.weekdays').split(','),
      monthTitle: (year: number | string, month: number | string) => t('nut.monthTitle', { year, month: Number(month) }, locale),
      title: text('nut.calendarTitle'),
      today: text('nut.today'),
      start: text('nut.start'),
      end: text('nut.end'),
      confirm: text('common.confirm'),
    },
    datepicker: { ...base.datepicker, hour: text('nut.hour'), min: text('nut.minute') },
  };
}

const THEME = {
  nutuiColorPrimary: '#c8102e',
  nutuiColorPrimaryStop1: '#c8102e',
  nutuiColorPrimaryStop2: '#c8102e',
  // The picker moves its rows by this height in JS (36 unless the variable says otherwise) while the stylesheet's
  // 36px fallback is scaled by pxtransform; an inline variable is not scaled, so rows and movement agree on H5 too.
  nutuiPickerItemHeight: '36px',
};

/**
 * Around every NutUI component we use (inside our wrapper components, so no page can forget it): NutUI's texts in
 * the app's language and the app's accent colour.
 */
export function NutLocale({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <ConfigProvider locale={nutLocale(locale)} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
