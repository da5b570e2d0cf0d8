import { Text } from '@tarojs/components';
import { REQUEST_STATUS_LABELS } from '@core/requests/labels';
import type { Status } from '@core/requests/statuses';
import { tLabel } from '@/i18n';
import './index.css';

/** A request's status as a coloured tag; the modifier class names the status for styling and tests. */
export function RequestStatus({ status }: { status: Status }) {
  return <Text className={`request-status request-status--${status}`}>{tLabel(REQUEST_STATUS_LABELS, status)}</Text>;
}
