import Taro from '@tarojs/taro';

/**
 * WeChat subscribe messages (订阅消息): one-time permission per template, which WeChat lets a page ask for only
 * from a user's tap. The template ids come from the WeChat console of the deployed mini-program, set at build time
 * (`TARO_APP_SUBSCRIBE_REQUEST_TEMPLATES`, comma-separated); with none set (local builds, H5) nothing is asked.
 */
export function requestTemplateIds(): string[] {
  return (process.env.TARO_APP_SUBSCRIBE_REQUEST_TEMPLATES ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
}

export type SubscribeOutcome = 'accepted' | 'rejected' | 'unavailable';

/**
 * Asks for the request-progress templates. Call it synchronously inside the tap handler (before any await),
 * or WeChat refuses. Never throws and never blocks the submit: the in-app message list is always written.
 */
export async function subscribeToRequestUpdates(templateIds: string[] = requestTemplateIds()): Promise<SubscribeOutcome> {
  if (process.env.TARO_ENV !== 'weapp' || templateIds.length === 0) return 'unavailable';
  try {
    const result = (await Taro.requestSubscribeMessage({ tmplIds: templateIds, entityIds: [] })) as unknown as Record<string, string>;
    return templateIds.some((id) => result[id] === 'accept') ? 'accepted' : 'rejected';
  } catch {
    return 'unavailable';
  }
}
