import type { LabelTable } from '../contract/labels';
import type { Allocation, Audience, SignUpStatus } from './model';

/** The one table of sign-up status labels, read by the talent's pages and the organiser's list. */
export const SIGN_UP_STATUS_LABELS: LabelTable<SignUpStatus> = {
  confirmed: { 'zh-CN': '报名成功', en: 'Confirmed' },
  entered: { 'zh-CN': '已参与抽签', en: 'Entered in the draw' },
  waitlisted: { 'zh-CN': '候补中', en: 'Waitlisted' },
  offered: { 'zh-CN': '候补递补，名额保留中', en: 'Offered a place from the waitlist' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
  lapsed: { 'zh-CN': '未在期限内确认，名额已释放', en: 'Offer lapsed (not accepted in time)' },
  attended: { 'zh-CN': '已签到', en: 'Checked in' },
  'no-show': { 'zh-CN': '未到场', en: 'No-show' },
};

/**
 * A lottery sign-up after the draw says how the draw went: a place is a win, the waitlist a loss (it may still be
 * offered a place freed by a cancellation). Other statuses read as in `SIGN_UP_STATUS_LABELS`.
 */
export const DRAWN_STATUS_LABELS: LabelTable<SignUpStatus> = {
  ...SIGN_UP_STATUS_LABELS,
  confirmed: { 'zh-CN': '已中签', en: 'Won a place' },
  waitlisted: { 'zh-CN': '未中签（候补中）', en: 'Not drawn (waitlisted)' },
};

export const AUDIENCE_LABELS: LabelTable<Audience> = {
  'any-talent': { 'zh-CN': '所有人才', en: 'Any talent' },
  'station-residents': { 'zh-CN': '本驿站入住人才', en: "The station's residents" },
  'startup-teams': { 'zh-CN': '创业团队成员', en: 'Startup team members' },
};

export const ALLOCATION_LABELS: LabelTable<Allocation> = {
  'first-come': { 'zh-CN': '先到先得', en: 'First come, first served' },
  lottery: { 'zh-CN': '报名截止后公开摇号', en: 'Public draw after sign-up closes' },
};
