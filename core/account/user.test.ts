import { consentInput } from './consent.schema';
import { PRIVACY_POLICY_VERSION } from './privacy';
import { setProfileInput } from './set-profile.schema';
import { consentState, newUser, toMe } from './user';

const identity = { openId: 'o-1', appId: 'wx1', unionId: null };
const now = new Date('2026-11-23T02:00:00Z');

describe('newUser', () => {
  it.each([
    ['an ordinary first sign-in', [], ['applicant']],
    ['an openid the deployment names as first admin', ['o-1'], ['applicant', 'admin']],
    ['someone else named as admin', ['o-2'], ['applicant']],
  ])('%s → roles %j', (_title, bootstrapAdmins, roles) => {
    expect(newUser({ identity, now, bootstrapAdmins }).roles).toEqual(roles);
  });

  it('keys the user by openid, starts without consent, in Chinese unless told otherwise', () => {
    expect(newUser({ identity, now, bootstrapAdmins: [] })).toMatchObject({ _id: 'o-1', consents: [], locale: 'zh-CN' });
    expect(newUser({ identity, now, bootstrapAdmins: [], locale: 'en' }).locale).toBe('en');
  });
});

describe('consentState', () => {
  const at = new Date('2026-11-01T00:00:00Z');
  it.each([
    ['never consented', [], { accepted: false, acceptedAt: null, outdated: false }],
    ['consented to the current version', [{ version: PRIVACY_POLICY_VERSION, at }], { accepted: true, acceptedAt: at, outdated: false }],
    ['consented only to an older version', [{ version: '2025-01-01', at }], { accepted: false, acceptedAt: null, outdated: true }],
    [
      'consented to an older and then the current version',
      [
        { version: '2025-01-01', at },
        { version: PRIVACY_POLICY_VERSION, at },
      ],
      { accepted: true, acceptedAt: at, outdated: false },
    ],
  ])('%s', (_title, consents, expected) => {
    expect(consentState({ consents })).toEqual({ currentVersion: PRIVACY_POLICY_VERSION, ...expected });
  });
});

describe('toMe', () => {
  it('exposes what the app needs and nothing of the raw document', () => {
    const me = toMe(newUser({ identity, now, bootstrapAdmins: [] }));
    expect(Object.keys(me).sort()).toEqual(['consent', 'displayName', 'locale', 'openId', 'roles', 'stationId', 'unitId']);
  });
});

describe('account schemas', () => {
  it.each([
    [{ version: PRIVACY_POLICY_VERSION }, true],
    [{ version: '' }, false],
    [{}, false],
    [{ version: 'v', extra: 1 }, false],
  ])('consent %j valid=%s', (input, valid) => {
    expect(consentInput.safeParse(input).success).toBe(valid);
  });

  it.each([
    [{ displayName: '李归国' }, true],
    [{ locale: 'en' }, true],
    [{}, true],
    [{ displayName: '   ' }, false],
    [{ displayName: 'x'.repeat(41) }, false],
    [{ locale: 'fr' }, false],
    [{ roles: ['admin'] }, false],
  ])('setProfile %j valid=%s', (input, valid) => {
    expect(setProfileInput.safeParse(input).success).toBe(valid);
  });
});
