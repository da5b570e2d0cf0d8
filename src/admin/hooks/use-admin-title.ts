import { useDidShow } from '@tarojs/taro';
import { useEffect } from 'react';
import { useLocale } from '@/i18n';
import { setPageTitle } from '@/services/navigation';
import { ta, type AdminMessageKey } from '../i18n';

/** The navigation bar title of an admin page, in the UI language (the config can only give the default one). */
export function useAdminTitle(key: AdminMessageKey): void {
  const locale = useLocale();
  useDidShow(() => setPageTitle(ta(key)));
  useEffect(() => setPageTitle(ta(key)), [locale, key]);
}
