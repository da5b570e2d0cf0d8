import type { LabelTable } from '../contract/labels';
import type { PickupPlace, StayStatus } from './model';

/**
 * The one table of stay status labels, read by the applicant's bookings, the operator's desk and core's own
 * messages (through `labelOf`).
 */
export const STAY_STATUS_LABELS: LabelTable<StayStatus> = {
  waitlisted: { 'zh-CN': '候补中', en: 'Waitlisted' },
  offered: { 'zh-CN': '候补待确认', en: 'Offered from the waitlist' },
  pending: { 'zh-CN': '待审核', en: 'Pending review' },
  approved: { 'zh-CN': '已通过', en: 'Approved' },
  'checked-in': { 'zh-CN': '已入住', en: 'Checked in' },
  'checked-out': { 'zh-CN': '已退房', en: 'Checked out' },
  rejected: { 'zh-CN': '未通过', en: 'Not approved' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  expired: { 'zh-CN': '已过期', en: 'Expired' },
  'no-show': { 'zh-CN': '未入住', en: 'No-show' },
};

/** Where a pickup meets the guest: the wizard's choices, the applicant's card and the operator's detail. */
export const PICKUP_PLACE_LABELS: LabelTable<PickupPlace> = {
  PVG: { 'zh-CN': '浦东国际机场', en: 'Pudong International Airport (PVG)' },
  SHA: { 'zh-CN': '虹桥国际机场', en: 'Hongqiao International Airport (SHA)' },
  'shanghai-hongqiao-railway': { 'zh-CN': '上海虹桥站', en: 'Shanghai Hongqiao Railway Station' },
  'shanghai-railway': { 'zh-CN': '上海站', en: 'Shanghai Railway Station' },
  'shanghai-south-railway': { 'zh-CN': '上海南站', en: 'Shanghai South Railway Station' },
};
