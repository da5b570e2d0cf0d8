import type { Locale } from '@core/contract/locale';
import { getLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import type { Named } from './staff-api';

/** Names by id from the directory, falling back to the id (an inactive unit or category still shows). */
export const nameOf = (list: readonly Named[] | undefined, id: string | null, locale: Locale = getLocale()): string => {
  if (!id) return '—';
  return list?.find((n) => n.id === id)?.name[locale] ?? id;
};

/** An instant as a Shanghai date and time, `YYYY-MM-DD HH:mm`. */
export const shanghaiTime = (iso: string | null): string => (iso ? formatInstant(iso) : '—');
