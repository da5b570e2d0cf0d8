import { useDidShow } from '@tarojs/taro';
import { useEffect, useRef } from 'react';
import { useLocale } from '@/i18n';
import { setPageTitle } from '@/services/navigation';
import { ta, type AdminMessageKey } from '../i18n';

/** The navigation bar title of an admin page in the UI language (as `usePageChrome` does with the main texts). */
export function useAdminTitle(key: AdminMessageKey): void {
  const locale = useLocale();
  const shown = useRef(false);
  useDidShow(() => {
    shown.current = true;
    setPageTitle(ta(key));
  });
  useEffect(() => {
    if (shown.current) setPageTitle(ta(key));
  }, [key, locale]);
}
