import { Text } from '@tarojs/components';
import type { Status } from '@core/requests/statuses';
import { t, type MessageKey } from '@/i18n';
import './index.css';

export const statusKey = (status: Status): MessageKey => `requests.status.${status}`;

/** A request's status as a coloured tag; the modifier class names the status for styling and tests. */
export function RequestStatus({ status }: { status: Status }) {
  return <Text className={`request-status request-status--${status}`}>{t(statusKey(status))}</Text>;
}
