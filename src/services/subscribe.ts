import Taro from '@tarojs/taro';
import type { NoticeGroup } from '@core/notices/templates';
import { parseWechatTemplates, templateIdsFor, type WechatTemplates } from '@core/notices/wechat-templates';
import { callFunction, type Envelope, type Reply } from './api';

/**
 * WeChat subscribe messages (订阅消息): one-time permission per template, which WeChat lets a page ask for only from
 * a user's tap. Which WeChat template carries which notice is ONE mapping (core/notices/wechat-templates.ts), given
 * at build time as `TARO_APP_SUBSCRIBE_TEMPLATES` (the same JSON the functions get as `SUBSCRIBE_TEMPLATES`); with
 * none (local builds, H5, tests) nothing is asked. Read at each call, so a test can set it.
 */
export const configuredTemplates = (): WechatTemplates => parseWechatTemplates(process.env.TARO_APP_SUBSCRIBE_TEMPLATES).templates;

export type SubscribeOutcome = 'accepted' | 'rejected' | 'unavailable';

/** Tells the server which templates were accepted: each is one message it may send (a one-time subscription). */
export const recordSubscriptions = (accepted: string[]): Promise<Envelope<Reply<'account', 'recordSubscriptions'>>> =>
  callFunction('account', 'recordSubscriptions', { accepted }, { loading: false });

/**
 * Asks for the templates of one kind of submit (stay, seat, request). Call it inside the tap handler, before any
 * await, or WeChat refuses. What was accepted is recorded on the server in the background. Never throws and never
 * blocks the submit: a refusal is the user's right, and the in-app message list gets every notice anyway.
 */
export async function askForNotices(group: NoticeGroup, templates: WechatTemplates = configuredTemplates()): Promise<SubscribeOutcome> {
  const tmplIds = templateIdsFor(templates, group);
  // H5 (browser, local mode) has no subscribe messages.
  if (tmplIds.length === 0 || process.env.TARO_ENV !== 'weapp' || typeof Taro.requestSubscribeMessage !== 'function') return 'unavailable';
  let answer: Record<string, string>;
  try {
    answer = (await Taro.requestSubscribeMessage({ tmplIds, entityIds: [] } as unknown as Parameters<
      typeof Taro.requestSubscribeMessage
    >[0])) as unknown as Record<string, string>;
  } catch {
    // Refused as a whole (the user turned subscriptions off), or no such API here (H5).
    return 'unavailable';
  }
  const accepted = tmplIds.filter((id) => answer?.[id] === 'accept');
  if (accepted.length === 0) return 'rejected';
  // Not awaited: the submit goes on; a lost record only means fewer WeChat messages, never a lost notice.
  void recordSubscriptions(accepted).catch(() => undefined);
  return 'accepted';
}
