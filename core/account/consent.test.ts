import { AppError } from '../contract/errors';
import { assertConsented } from './consent';
import { PRIVACY_POLICY_VERSION } from './privacy';

const at = new Date('2026-11-01T00:00:00Z');

/** What `run` threw, or null. */
const refusal = (run: () => void): unknown => {
  try {
    run();
  } catch (error) {
    return error;
  }
  return null;
};

describe('assertConsented', () => {
  it.each([
    ['no user yet (first call ever)', null],
    ['a user who never consented', { consents: [] }],
    ['a user who consented only to an older version', { consents: [{ version: '2025-01-01', at }] }],
  ])('refuses %s: FORBIDDEN naming the version to accept', (_title, user) => {
    const error = refusal(() => assertConsented(user));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: 'FORBIDDEN',
      localized: { 'zh-CN': '请先阅读并同意最新的隐私政策', en: 'Please read and accept the current privacy policy first' },
      details: { consentRequired: PRIVACY_POLICY_VERSION },
    });
  });

  it.each([
    ['a user who consented to the current version', { consents: [{ version: PRIVACY_POLICY_VERSION, at }] }],
    [
      'a user who consented to an older and then the current version',
      {
        consents: [
          { version: '2025-01-01', at },
          { version: PRIVACY_POLICY_VERSION, at },
        ],
      },
    ],
  ])('allows %s', (_title, user) => {
    expect(refusal(() => assertConsented(user))).toBeNull();
  });

  it('asks again when the policy moves on past the version accepted, naming the new version', () => {
    const user = { consents: [{ version: PRIVACY_POLICY_VERSION, at }] };
    expect(refusal(() => assertConsented(user, '2099-01-01'))).toMatchObject({
      code: 'FORBIDDEN',
      details: { consentRequired: '2099-01-01' },
    });
  });
});
