import { AppError } from '../contract/errors';
import { PRIVACY_POLICY_VERSION } from './privacy';
import { consentState, type User } from './user';

/**
 * Personal data may be taken only from a caller who has accepted the current privacy policy (DESIGN.md, "Privacy").
 * A caller with no user yet has consented to nothing; consent to an older version does not count.
 * Refused: FORBIDDEN with `details.consentRequired` = the version to show, so the app can ask and retry.
 */
export function assertConsented(user: Pick<User, 'consents'> | null, currentVersion = PRIVACY_POLICY_VERSION): void {
  if (user && consentState(user, currentVersion).accepted) return;
  throw new AppError('FORBIDDEN', {
    message: { 'zh-CN': '请先阅读并同意最新的隐私政策', en: 'Please read and accept the current privacy policy first' },
    details: { consentRequired: currentVersion },
  });
}
