import type { Locale } from '@core/contract/locale';
import { getLocale } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { STATUS_LABELS, type Status } from '@core/requests/statuses';
import type { Named } from './staff-api';

/** Names by id from the directory, falling back to the id (an inactive unit or category still shows). */
export const nameOf = (list: readonly Named[] | undefined, id: string | null, locale: Locale = getLocale()): string => {
  if (!id) return '—';
  return list?.find((n) => n.id === id)?.name[locale] ?? id;
};

/** A service request's status in the reader's language (the one table is core/requests/statuses.ts). */
export const requestStatusLabel = (status: Status, locale: Locale = getLocale()): string => STATUS_LABELS[status][locale];

/** An instant as a Shanghai date and time, `YYYY-MM-DD HH:mm`. */
export const shanghaiTime = (iso: string | null): string => (iso ? formatInstant(iso) : '—');
