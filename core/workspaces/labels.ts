import type { LabelTable } from '../contract/labels';
import { STAY_STATUS_LABELS } from '../stays/labels';
import type { SeatStatus } from './model';

/**
 * The one table of seat status labels. A status both lists have reads the same on a stay and a seat, so it is
 * taken from the stay table rather than written again.
 */
export const SEAT_STATUS_LABELS: LabelTable<SeatStatus> = {
  pending: STAY_STATUS_LABELS.pending,
  approved: STAY_STATUS_LABELS.approved,
  rejected: STAY_STATUS_LABELS.rejected,
  cancelled: STAY_STATUS_LABELS.cancelled,
  expired: STAY_STATUS_LABELS.expired,
  referred: { 'zh-CN': '已推荐至合作孵化器', en: 'Referred to a partner incubator' },
  'ended-early': { 'zh-CN': '已提前结束', en: 'Ended early' },
  ended: { 'zh-CN': '已结束', en: 'Ended' },
};
