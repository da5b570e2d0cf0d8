import type { MessageKey } from './i18n/zh-CN';

/** The tab bar, in order; `app.config.ts` builds the platform's tab list from it and pages re-label it per language. */
export const TABS = [
  { pagePath: 'pages/home/index', textKey: 'tab.home' },
  { pagePath: 'pages/bookings/index', textKey: 'tab.bookings' },
  { pagePath: 'pages/requests/index', textKey: 'tab.requests' },
  { pagePath: 'pages/me/index', textKey: 'tab.me' },
] as const satisfies readonly { pagePath: string; textKey: MessageKey }[];
