import { PRIVACY_POLICY_VERSION } from '../../../core/account/privacy';
import { ALL_COLLECTIONS } from '../../../cloudfunctions/_shared/collections';
import { acceptPrivacyPolicy } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, file, inDays, newIdCard, newPassport, requestId, talentApplication, type Db } from '../../support/stays';

/**
 * Privacy consent before any personal data (DESIGN.md, "Everywhere"): every action marked `personalData` refuses a
 * caller who has not accepted the current policy — no user yet, a user who never consented, or one whose consent is
 * to an older version — writes nothing, and takes the very same call once the caller has consented.
 */
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
});
afterAll(() => cloud.stop());

const call = async (fn: string, action: string, payload: unknown, openId: string, extra: Record<string, unknown> = {}) =>
  (await callFunction(cloud, fn, { action, payload, ...extra }, openId)).body;

const refusal = (locale: 'zh-CN' | 'en' = 'zh-CN') => ({
  ok: false,
  error: {
    code: 'FORBIDDEN',
    message: locale === 'en' ? 'Please read and accept the current privacy policy first' : '请先阅读并同意最新的隐私政策',
    details: { consentRequired: PRIVACY_POLICY_VERSION },
  },
});

/** Every document of every collection: what a refused call must leave exactly as it was. */
async function everything(): Promise<Record<string, unknown[]>> {
  const entries = await Promise.all(
    ALL_COLLECTIONS.map(async (name) => [name, (await db.collection(name).limit(1000).get()).data] as const),
  );
  return Object.fromEntries(entries);
}

/** The policy moved on after `openId` consented: their only consent is to an older version. */
const outdateConsent = (openId: string) =>
  db
    .collection('users')
    .doc(openId)
    .update({ consents: [{ version: '2025-01-01', at: new Date('2025-01-01T00:00:00Z') }] });

const freeBeds = async (checkIn: string) =>
  (await call('stays', 'quote', { stationId: 'station-pudong', checkIn, nights: 1 }, 'demo-operator')).data.nights[0].free as number;

describe('submits of personal data', () => {
  it('stays.apply: a first-time caller (no user yet) is refused, holds no night; after consent the same submit goes through', async () => {
    const checkIn = inDays(30);
    const event = { requestId: requestId() };
    const payload = talentApplication({ checkIn });
    const before = await everything();
    expect(await call('stays', 'apply', payload, 'nc-stay', event)).toEqual(refusal());
    expect(await call('stays', 'apply', payload, 'nc-stay', { ...event, locale: 'en' })).toEqual(refusal('en'));
    expect(await everything()).toEqual(before);
    expect(await freeBeds(checkIn)).toBe(10);

    await acceptPrivacyPolicy(cloud, 'nc-stay');
    expect((await call('stays', 'apply', payload, 'nc-stay', event)).data).toMatchObject({ status: 'pending', ownerId: 'nc-stay' });
    expect(await freeBeds(checkIn)).toBe(9);
  });

  it('stays.applyForGuest: an employer who never consented is refused for the guest too; after consent it goes through', async () => {
    const payload = {
      stationId: 'station-pudong',
      checkIn: inDays(31),
      nights: 2,
      guest: { name: 'Dr. Visiting', phone: '+4915100000000', identityDocument: { kind: 'passport', number: newPassport() } },
      purpose: 'visiting-expert',
      employerName: '示例科技',
      documents: [file('passport')],
    };
    const event = { requestId: requestId() };
    const before = await everything();
    expect(await call('stays', 'applyForGuest', payload, 'demo-employer', event)).toEqual(refusal());
    expect(await everything()).toEqual(before);

    await acceptPrivacyPolicy(cloud, 'demo-employer');
    expect((await call('stays', 'applyForGuest', payload, 'demo-employer', event)).data).toMatchObject({
      status: 'pending',
      type: 'employer-guest',
    });
  });

  it('workspaces.apply: a leader whose consent is to an older policy is refused, holds no seat; after consent it goes through', async () => {
    await addUser(db, 'nc-team', ['applicant']);
    await outdateConsent('nc-team');
    const startDate = inDays(10);
    const payload = {
      stationId: 'station-pudong',
      seats: 2,
      months: 1,
      startDate,
      team: {
        name: '示例团队',
        leader: { name: '张创业', phone: '+8613800000000', identityDocument: { kind: 'id-card', number: newIdCard() } },
        members: [],
        projectSummary: '一个帮助人才找到住处的小程序',
      },
      documents: [file('business-plan')],
    };
    const event = { requestId: requestId() };
    const freeSeats = async () =>
      (await call('workspaces', 'quote', { stationId: 'station-pudong', startDate, days: 1 }, 'nc-team')).data.days[0].free;
    const before = await everything();
    expect(await call('workspaces', 'apply', payload, 'nc-team', event)).toEqual(refusal());
    expect(await everything()).toEqual(before);
    expect(await freeSeats()).toBe(20);

    await acceptPrivacyPolicy(cloud, 'nc-team');
    expect((await call('workspaces', 'apply', payload, 'nc-team', event)).data).toMatchObject({ status: 'pending', seats: 2 });
    expect(await freeSeats()).toBe(18);
  });

  it('requests.submit: a first-time caller is refused and no request exists; after consent the same submit goes through', async () => {
    const payload = { category: 'housing', title: '人才公寓', body: '我的手机号 13800000000，想问入住流程' };
    const event = { requestId: requestId() };
    const before = await everything();
    expect(await call('requests', 'submit', payload, 'nc-request', event)).toEqual(refusal());
    expect(await everything()).toEqual(before);
    expect((await call('requests', 'mine', {}, 'nc-request')).data.items).toEqual([]);

    await acceptPrivacyPolicy(cloud, 'nc-request');
    const submitted = await call('requests', 'submit', payload, 'nc-request', event);
    expect(submitted.data).toMatchObject({ status: 'submitted' });
    expect((await call('requests', 'mine', {}, 'nc-request')).data.items.map((r: { id: string }) => r.id)).toEqual([submitted.data.id]);
  });
});

describe('a talent profile (personal data) from a caller who has not consented', () => {
  it('account.setProfile: a first-time caller is refused and no user document is created; after consent it is stored', async () => {
    const payload = { displayName: '陌生人', talent: { degree: 'master', birthDate: '1995-03-01' } };
    const before = await everything();
    expect(await call('account', 'setProfile', payload, 'nc-profile')).toEqual(refusal());
    expect(await everything()).toEqual(before);
    expect((await db.collection('users').where({ _id: 'nc-profile' }).get()).data).toEqual([]);

    await acceptPrivacyPolicy(cloud, 'nc-profile');
    expect((await call('account', 'setProfile', payload, 'nc-profile')).data).toMatchObject({
      displayName: '陌生人',
      talent: { degree: 'master', birthDate: '1995-03-01' },
    });
  });
});

describe('later personal data on an existing record, after the policy has changed', () => {
  it('stays.requestPickup is refused and records no pickup; reading and cancelling need no consent', async () => {
    await acceptPrivacyPolicy(cloud, 'nc-pickup');
    const checkIn = inDays(16);
    const id = (await call('stays', 'apply', talentApplication({ checkIn }), 'nc-pickup', { requestId: requestId() })).data._id;
    await outdateConsent('nc-pickup');
    const pickup = { id, place: 'PVG', number: 'MU5101', arrivalAt: `${checkIn}T09:30:00+08:00` };
    const before = await everything();
    expect(await call('stays', 'requestPickup', pickup, 'nc-pickup')).toEqual(refusal());
    expect(await everything()).toEqual(before);
    expect((await call('stays', 'get', { id }, 'nc-pickup')).data).toMatchObject({ _id: id, pickup: null });

    await acceptPrivacyPolicy(cloud, 'nc-pickup');
    expect((await call('stays', 'requestPickup', pickup, 'nc-pickup', { requestId: requestId() })).data.pickup).toMatchObject({
      place: 'PVG',
      number: 'MU5101',
    });

    await outdateConsent('nc-pickup');
    expect((await call('stays', 'cancel', { id }, 'nc-pickup')).data.status).toBe('cancelled');
  });

  /** A request of `openId`, resolved by the demo operator and unit (staff actions, which need no consent). */
  async function resolvedRequest(openId: string): Promise<string> {
    await acceptPrivacyPolicy(cloud, openId);
    const { data } = await call('requests', 'submit', { category: 'housing', title: '落户', body: '想了解落户需要的材料' }, openId, {
      requestId: requestId(),
    });
    expect((await call('requests', 'triage', { id: data.id, tier: 5, leadUnitId: 'unit-hrss' }, 'demo-operator')).ok).toBe(true);
    expect((await call('requests', 'dispatch', { id: data.id }, 'demo-operator')).ok).toBe(true);
    expect((await call('requests', 'accept', { id: data.id }, 'demo-unit')).ok).toBe(true);
    expect((await call('requests', 'resolve', { id: data.id, reply: '已办结' }, 'demo-unit')).ok).toBe(true);
    return data.id;
  }

  it('requests.addInfo is refused and adds nothing; after consent it is added', async () => {
    await acceptPrivacyPolicy(cloud, 'nc-info');
    const { data } = await call('requests', 'submit', { category: 'housing', title: '公寓', body: '想了解人才公寓入住流程' }, 'nc-info', {
      requestId: requestId(),
    });
    await outdateConsent('nc-info');
    const info = { id: data.id, text: '补充：我的护照号 E12345678', attachments: ['cloud://env/passport.pdf'] };
    const before = await everything();
    expect(await call('requests', 'addInfo', info, 'nc-info')).toEqual(refusal());
    expect(await everything()).toEqual(before);

    await acceptPrivacyPolicy(cloud, 'nc-info');
    // The test helper uploads the named file as the caller first (tests/support/uploads.ts): its ID is the stored one.
    expect((await call('requests', 'addInfo', info, 'nc-info', { requestId: requestId() })).data.attachments).toEqual([
      expect.stringMatching(/^cloud:\/\/local-env\.local-bucket\/uploads\/nc-info\//),
    ]);
  });

  it('requests.rate (its comment is free text) is refused and the request stays resolved; after consent it closes', async () => {
    const id = await resolvedRequest('nc-rate');
    await outdateConsent('nc-rate');
    const rating = { id, score: 5, satisfied: true, comment: '王科长很耐心' };
    const before = await everything();
    expect(await call('requests', 'rate', rating, 'nc-rate')).toEqual(refusal());
    expect(await everything()).toEqual(before);
    expect((await call('requests', 'get', { id }, 'nc-rate')).data).toMatchObject({ status: 'resolved', rating: null });

    await acceptPrivacyPolicy(cloud, 'nc-rate');
    expect((await call('requests', 'rate', rating, 'nc-rate', { requestId: requestId() })).data).toMatchObject({
      status: 'closed',
      rating: { score: 5, comment: '王科长很耐心' },
    });
  });
});
