import type { ErrorCode } from './error-codes';
import type { LocalizedText } from './locale';

/** What the user reads when a rule gave no more specific message. */
export const ERROR_MESSAGES: Record<ErrorCode, LocalizedText> = {
  VALIDATION: { 'zh-CN': '填写的内容有误，请检查标出的字段', en: 'Some fields need your attention' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录', en: 'Please sign in first' },
  FORBIDDEN: { 'zh-CN': '您没有权限进行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { 'zh-CN': '找不到该记录', en: 'That record was not found' },
  CONFLICT: {
    'zh-CN': '记录已被更新，请刷新后重试',
    en: 'This record has changed; please refresh and try again',
  },
  NOT_ELIGIBLE: { 'zh-CN': '暂不符合申请条件', en: 'You are not eligible for this' },
  QUOTA_EXCEEDED: { 'zh-CN': '已超过可申请的次数或数量', en: 'You have reached the limit for this' },
  NO_CAPACITY: { 'zh-CN': '所选日期已满', en: 'The chosen dates are fully booked' },
  RATE_LIMITED: { 'zh-CN': '操作太频繁，请稍后再试', en: 'Too many attempts; please try again shortly' },
  INTERNAL: {
    'zh-CN': '系统繁忙，请稍后再试',
    en: 'Something went wrong on our side; please try again later',
  },
};
