import type { LabelTable } from '../contract/labels';
import type { ApartmentStatus, LeaseStatus } from './model';

/**
 * The one table of apartment application status labels, read by the applicant's pages (housing subpackage, the
 * bookings tab), the employer's queue and the operators' screens.
 */
export const APARTMENT_STATUS_LABELS: LabelTable<ApartmentStatus> = {
  'awaiting-employer': { 'zh-CN': '待用人单位确认', en: 'Awaiting your employer' },
  'employer-denied': { 'zh-CN': '用人单位未确认', en: 'Not confirmed by your employer' },
  lapsed: { 'zh-CN': '已失效', en: 'Lapsed' },
  waiting: { 'zh-CN': '轮候中', en: 'On the waiting list' },
  offered: { 'zh-CN': '待确认配租', en: 'Unit offered' },
  leased: { 'zh-CN': '已签约', en: 'Leased' },
  ended: { 'zh-CN': '已退租', en: 'Ended' },
  withdrawn: { 'zh-CN': '已撤回', en: 'Withdrawn' },
  removed: { 'zh-CN': '已退出轮候', en: 'Removed from the list' },
};

export const LEASE_STATUS_LABELS: LabelTable<LeaseStatus> = {
  active: { 'zh-CN': '租约中', en: 'Active' },
  ending: { 'zh-CN': '已申请退租', en: 'Notice given' },
  ended: { 'zh-CN': '已结束', en: 'Ended' },
};
