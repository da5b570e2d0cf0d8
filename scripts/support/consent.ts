import { PRIVACY_POLICY_VERSION } from '../../core/account/privacy';
import { callFunction } from './local-cloud';

/** `openId` accepts the current privacy policy through `/fn/account`, every time it is called; fails if refused. */
export async function acceptPrivacyPolicy(cloud: { url: string }, openId: string): Promise<void> {
  const { body } = await callFunction(cloud, 'account', { action: 'consent', payload: { version: PRIVACY_POLICY_VERSION } }, openId);
  if (!body?.ok) throw new Error(`${openId} could not consent: ${JSON.stringify(body)}`);
}

/** Callers this helper has already made consent, per cloud. */
const consented = new Map<string, Promise<void>>();

/**
 * Each caller accepts the current privacy policy, as the app has them do before it sends personal data (actions
 * marked `personalData`: `stays.apply`, `requests.submit`, …), `parallel` at a time. A caller this helper already
 * made consent on this cloud is not asked again, so test helpers may call it before every submit; a test that
 * takes consent away again must use `acceptPrivacyPolicy`.
 */
export async function consentFirst(cloud: { url: string }, openIds: Iterable<string>, parallel = 50): Promise<void> {
  const queue = [...new Set(openIds)];
  const worker = async () => {
    for (let openId = queue.shift(); openId !== undefined; openId = queue.shift()) {
      const key = `${cloud.url} ${openId}`;
      let done = consented.get(key);
      if (!done) {
        done = acceptPrivacyPolicy(cloud, openId);
        consented.set(key, done);
        done.catch(() => consented.delete(key));
      }
      await done;
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, worker));
}
