import tcb from '@cloudbase/node-sdk';
import { PRIVACY_POLICY_VERSION } from '../../../core/account/privacy';
import { DEMO_PERSONAS } from '../../../local-cloud/seed/demo-district';
import { callFunction, startTestCloud } from '../../support/local-cloud';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const account = (event: unknown, openId: string | null) => callFunction(cloud, 'account', event, openId);
const usersWithId = async (openId: string) => {
  const db = tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
  return (await db.collection('users').where({ _id: openId }).get()).data;
};

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

describe('account.me', () => {
  it.each(DEMO_PERSONAS.map((p) => [p.openId, p.roles] as const))('%s sees its own roles %j', async (openId, roles) => {
    const { status, body } = await account({ action: 'me' }, openId);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: true, data: { openId, roles, locale: 'zh-CN' } });
  });

  it('creates a first-time user from the platform identity, once', async () => {
    expect(await usersWithId('new-returnee')).toHaveLength(0);
    const first = await account({ action: 'me' }, 'new-returnee');
    expect(first.body).toMatchObject({
      ok: true,
      data: { openId: 'new-returnee', roles: ['applicant'], consent: { accepted: false, currentVersion: PRIVACY_POLICY_VERSION } },
    });
    await account({ action: 'me' }, 'new-returnee');
    expect(await usersWithId('new-returnee')).toHaveLength(1);
  });

  it('creates exactly one user when twenty first calls arrive at once', async () => {
    const replies = await Promise.all(Array.from({ length: 20 }, () => account({ action: 'me' }, 'stampede')));
    expect(replies.every((r) => r.body.ok === true)).toBe(true);
    expect(await usersWithId('stampede')).toHaveLength(1);
  });

  it('ignores identity sent in the event', async () => {
    const { body } = await account({ action: 'me', openId: 'demo-admin', payload: {} }, 'demo-applicant');
    expect(body.data).toMatchObject({ openId: 'demo-applicant', roles: ['applicant'] });
  });

  it('refuses a call without a platform identity', async () => {
    const { body } = await account({ action: 'me' }, null);
    expect(body).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } });
  });

  it('makes the openid named by BOOTSTRAP_ADMIN_OPENIDS an admin on first sign-in', async () => {
    process.env.BOOTSTRAP_ADMIN_OPENIDS = 'first-admin, other';
    try {
      expect((await account({ action: 'me' }, 'first-admin')).body.data.roles).toEqual(['applicant', 'admin']);
      expect((await account({ action: 'me' }, 'not-named')).body.data.roles).toEqual(['applicant']);
    } finally {
      delete process.env.BOOTSTRAP_ADMIN_OPENIDS;
    }
  });
});

describe('account.consent', () => {
  it.each(DEMO_PERSONAS.map((p) => p.openId))('%s can accept the current policy, and a second accept changes nothing', async (openId) => {
    const first = await account({ action: 'consent', payload: { version: PRIVACY_POLICY_VERSION } }, openId);
    expect(first.body).toMatchObject({ ok: true, data: { consent: { accepted: true, outdated: false } } });
    const again = await account({ action: 'consent', payload: { version: PRIVACY_POLICY_VERSION } }, openId);
    expect(again.body.data.consent.acceptedAt).toBe(first.body.data.consent.acceptedAt);
    const [user] = await usersWithId(openId);
    expect(user.consents).toHaveLength(1);
    expect(user.consents[0].at).toBeInstanceOf(Date);
  });

  it('refuses consent to a version that is not the current one, saying which is', async () => {
    const { body } = await account({ action: 'consent', payload: { version: '2020-01-01' }, locale: 'en' }, 'demo-team');
    expect(body).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: 'The privacy policy has changed; please read the current version and accept again',
        details: { currentVersion: PRIVACY_POLICY_VERSION },
      },
    });
  });

  it.each([
    ['no payload', undefined, ''],
    ['an empty version', { version: '' }, 'version'],
    ['an unknown field', { version: PRIVACY_POLICY_VERSION, admin: true }, ''],
  ])('answers VALIDATION for %s', async (_title, payload, path) => {
    const { body } = await account({ action: 'consent', payload }, 'demo-applicant');
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path })] } });
  });
});

describe('account.setProfile', () => {
  it.each(DEMO_PERSONAS.map((p) => p.openId))('%s can change name and language, and later replies follow the language', async (openId) => {
    const { body } = await account({ action: 'setProfile', payload: { displayName: ' Alex ', locale: 'en' } }, openId);
    expect(body).toMatchObject({ ok: true, data: { displayName: 'Alex', locale: 'en' } });
    expect((await account({ action: 'me' }, openId)).body.data.locale).toBe('en');
    // No locale in the event: the saved language decides.
    const refused = await account({ action: 'setProfile', payload: { displayName: '' }, locale: undefined }, openId);
    expect(refused.body.error).toMatchObject({ code: 'VALIDATION', message: 'Some fields need your attention' });
    await account({ action: 'setProfile', payload: { locale: 'zh-CN' } }, openId);
  });

  it.each([
    ['roles', { roles: ['admin'] }],
    ['stationId', { stationId: 'station-pudong' }],
    ['a blank name', { displayName: '   ' }],
    ['a 41-character name', { displayName: 'x'.repeat(41) }],
    ['an unsupported language', { locale: 'fr' }],
    ['a NUL in the name', { displayName: 'Alex\u0000' }],
    ['a right-to-left override in the name', { displayName: 'Alex\u202etxt.exe' }],
    ['a lone surrogate in the name', { displayName: 'Alex\ud800' }],
  ])('refuses %s with VALIDATION and changes nothing', async (_title, payload) => {
    const before = await usersWithId('demo-applicant');
    const { body } = await account({ action: 'setProfile', payload, locale: 'en' }, 'demo-applicant');
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('VALIDATION');
    expect(await usersWithId('demo-applicant')).toEqual(before);
  });
});

describe('the account function contract', () => {
  it.each([
    ['an unknown action', { action: 'deleteEverything' }, 'action'],
    ['a missing action', { payload: {} }, 'action'],
    ['a non-object event', 'me', ''],
  ])('answers VALIDATION for %s', async (_title, event, path) => {
    const { body } = await account(event, 'demo-applicant');
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [expect.objectContaining({ path })] } });
  });

  it('answers in the language the event asks for', async () => {
    const { body } = await account({ action: 'nope', locale: 'en' }, 'demo-applicant');
    expect(body.error.message).toBe('Some fields need your attention');
    expect(body.error.issues[0].message).toBe(
      'Unknown action; expected one of: me, consent, setProfile, messages, markMessagesRead, recordSubscriptions, exportMyData, deleteMyAccount',
    );
  });

  it('answers 404 for a function that does not exist and 400 for a body that is not JSON', async () => {
    expect((await callFunction(cloud, 'nope', { action: 'me' }, 'demo-applicant')).status).toBe(404);
    const res = await fetch(`${cloud.url}/fn/account`, { method: 'POST', headers: { 'X-Dev-OpenId': 'a' }, body: '{oops' });
    expect(res.status).toBe(400);
  });
});
