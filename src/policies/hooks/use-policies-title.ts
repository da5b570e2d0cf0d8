import { useEffect } from 'react';
import { useLocale } from '@/i18n';
import { setPageTitle } from '@/services/navigation';
import { tpo, type PoliciesMessageKey } from '../i18n';

/** The navigation bar title of a policies page, in the UI language (the config can only give the default one). */
export function usePoliciesTitle(key: PoliciesMessageKey): void {
  const locale = useLocale();
  useEffect(() => setPageTitle(tpo(key)), [locale, key]);
}
