import type { ApplicantType, StayStatus } from '@core/stays/model';
import type { SeatStatus } from '@core/workspaces/model';
import { ta, type AdminMessageKey } from './index';
import { adminZhCN } from './zh-CN';

/** The label of a stay or seat status; the dictionaries have one `application.status.*` key per status (both lists). */
export const statusLabel = (status: StayStatus | SeatStatus | string): string => {
  const key = `application.status.${status}`;
  return isKey(key) ? ta(key) : status;
};

export const typeLabel = (type: ApplicantType | string): string => {
  const key = `application.type.${type}`;
  return isKey(key) ? ta(key) : type;
};

// A status the server knows and this build does not shows as its code rather than breaking the page.
function isKey(key: string): key is AdminMessageKey {
  return Object.prototype.hasOwnProperty.call(adminZhCN, key);
}
