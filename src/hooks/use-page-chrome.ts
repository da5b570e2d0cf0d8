import { useDidHide, useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useRef } from 'react';
import { t, useLocale, type MessageKey } from '@/i18n';
import { setPageTitle, setTabBarTexts } from '@/services/navigation';
import { TABS } from '@/tab-bar';

/**
 * Keeps the navigation bar title (and, on tab pages, the tab bar) in the UI language. Only the page on screen
 * touches them: tab pages stay mounted, and a hidden page setting the title would overwrite the visible one's.
 */
export function usePageChrome(titleKey: MessageKey, options: { tabBar?: boolean } = {}): void {
  const locale = useLocale();
  const visible = useRef(false);
  const { tabBar = false } = options;

  const apply = useCallback((): void => {
    setPageTitle(t(titleKey));
    if (tabBar) setTabBarTexts(TABS.map((tab) => t(tab.textKey)));
  }, [titleKey, tabBar]);

  useDidShow(() => {
    visible.current = true;
    apply();
  });
  useDidHide(() => {
    visible.current = false;
  });
  useEffect(() => {
    if (visible.current) apply();
    // `locale` is not read here, but `t` answers in it: a change of language writes the texts again.
  }, [locale, apply]);
}
