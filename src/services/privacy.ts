import Taro from '@tarojs/taro';
import { useSyncExternalStore } from 'react';
import { t } from '@/i18n';
import { setConsentPrompt } from './api';

/**
 * Privacy, as the platform and our server each require it:
 * - our own consent (versioned, recorded by `account.consent`): `callFunction` asks through the prompt installed
 *   here whenever a function answers FORBIDDEN with `details.consentRequired`, then retries the same call;
 * - WeChat's privacy guide (基础库 ≥ 2.32.3): before a privacy API (choosing photos…) WeChat raises
 *   `onNeedPrivacyAuthorization`; the `PrivacyGuide` component shows our summary with an
 *   `agreePrivacyAuthorization` button and answers WeChat through `resolve`. H5 and older libraries have no such
 *   API, so every use is guarded and the guide simply never opens there.
 */

type Resolve = (option: { event: 'exposureAuthorization' | 'agree' | 'disagree'; buttonId?: string }) => void;

/** The id of the agree button; WeChat checks that this very button was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree';

let pendingResolve: Resolve | null = null;
const listeners = new Set<() => void>();
const changed = (): void => listeners.forEach((listener) => listener());

/** Whether WeChat is waiting for the user's answer to its privacy guide. */
export const privacyGuideOpen = (): boolean => pendingResolve !== null;

export function subscribePrivacyGuide(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function usePrivacyGuideOpen(): boolean {
  return useSyncExternalStore(subscribePrivacyGuide, privacyGuideOpen, privacyGuideOpen);
}

/** The user's answer to WeChat's guide; the API that raised it continues (agree) or fails (disagree). */
export function answerPrivacyGuide(agreed: boolean): void {
  const resolve = pendingResolve;
  pendingResolve = null;
  changed();
  resolve?.(agreed ? { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID } : { event: 'disagree' });
}

interface PrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: Resolve) => void) => void;
}

/** Installs the consent prompt for the transport and, in WeChat, the privacy-guide listener. Call once at start. */
export function installPrivacy(): void {
  setConsentPrompt(askConsent);
  const api = Taro as unknown as PrivacyApi;
  if (process.env.TARO_ENV !== 'weapp' || typeof api.onNeedPrivacyAuthorization !== 'function') return;
  api.onNeedPrivacyAuthorization((resolve) => {
    pendingResolve = resolve;
    resolve({ event: 'exposureAuthorization' });
    changed();
  });
}

/** Shows the policy's summary; the full text is on the Me page. Answers whether the user accepted it. */
export async function askConsent(version: string): Promise<boolean> {
  try {
    const { confirm } = await Taro.showModal({
      title: t('privacy.title'),
      content: t('privacy.summary', { version }),
      confirmText: t('privacy.accept'),
      cancelText: t('privacy.decline'),
    });
    return confirm;
  } catch {
    return false;
  }
}
