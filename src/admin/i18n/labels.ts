import type { ApplicantType, PickupPlace, StayStatus } from '@core/stays/model';
import { PICKUP_PLACE_LABELS, STAY_STATUS_LABELS } from '@core/stays/labels';
import { SEAT_STATUS_LABELS } from '@core/workspaces/labels';
import type { SeatStatus } from '@core/workspaces/model';
import type { LabelTable } from '@core/contract/labels';
import { tLabel } from '@/i18n';
import { formatInstant } from '@/i18n/format';
import { ta, type AdminMessageKey } from './index';
import { adminZhCN } from './zh-CN';

/**
 * Stay and seat statuses together, for the desk's pages that show either kind. Built from the two tables in core;
 * a status both have reads the same in both (the seat table takes it from the stay table).
 */
export const APPLICATION_STATUS_LABELS: LabelTable<StayStatus | SeatStatus> = { ...STAY_STATUS_LABELS, ...SEAT_STATUS_LABELS };

export const typeLabel = (type: ApplicantType | string): string => {
  const key = `application.type.${type}`;
  return isKey(key) ? ta(key) : type;
};

/**
 * A history line's action (`stays.approve`, `workspaces.view`…) in words; an action this build has no words for shows
 * as its code rather than breaking the page.
 */
export const historyActionLabel = (action: string): string => {
  const key = `application.action.${action.slice(action.indexOf('.') + 1)}`;
  return isKey(key) ? ta(key) : action;
};

// A type the server knows and this build does not shows as its code rather than breaking the page.
function isKey(key: string): key is AdminMessageKey {
  return Object.prototype.hasOwnProperty.call(adminZhCN, key);
}

/** A guest's pickup as the desk reads it: the place's name, the flight or train, the arrival in Shanghai time. */
export const pickupText = (pickup: { place: PickupPlace; number: string; arrivalAt: string }): string =>
  `${tLabel(PICKUP_PLACE_LABELS, pickup.place)} ${pickup.number} · ${formatInstant(pickup.arrivalAt)}`;
