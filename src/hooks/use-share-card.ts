import { useShareAppMessage } from '@tarojs/taro';
import { t, type MessageKey } from '@/i18n';

/**
 * The card WeChat shows when the page is shared (the page's config must say `enableShareAppMessage: true`).
 * The title is read at share time, so it follows the UI language; the path never carries personal data.
 */
export function useShareCard(titleKey: MessageKey, path: string): void {
  useShareAppMessage(() => ({ title: t(titleKey), path }));
}
