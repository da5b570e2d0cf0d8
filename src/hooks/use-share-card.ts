import { useShareAppMessage } from '@tarojs/taro';
import { t, type MessageKey } from '@/i18n';

/**
 * The card WeChat shows when the page is shared (the page's config must say `enableShareAppMessage: true`).
 * The title is read at share time, so it follows the UI language; the path never carries personal data. A
 * subpackage's page passes a function for a title of its own (an event's, from its dictionary or the server).
 */
export function useShareCard(title: MessageKey | (() => string), path: string): void {
  useShareAppMessage(() => ({ title: typeof title === 'function' ? title() : t(title), path }));
}
