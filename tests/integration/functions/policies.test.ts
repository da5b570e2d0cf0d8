import { addDays } from '../../../core/dates';
import { DEMO_POLICIES } from '../../../local-cloud/seed/demo-policies';
import { acceptPrivacyPolicy } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, requestId, today } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;

beforeAll(async () => {
  cloud = await startTestCloud();
});
afterAll(() => cloud.stop());

const call = async (action: string, payload: unknown, openId: string, rid?: string) =>
  (await callFunction(cloud, 'policies', { action, payload, ...(rid ? { requestId: rid } : {}) }, openId)).body;
const setProfile = async (openId: string, payload: unknown) =>
  (await callFunction(cloud, 'account', { action: 'setProfile', payload }, openId)).body;

/** The seeded personas, one per role (local-cloud/seed/demo-district.ts). */
const PERSONAS = {
  applicant: 'demo-applicant',
  employer: 'demo-employer',
  operator: 'demo-operator',
  unit: 'demo-unit',
  admin: 'demo-admin',
} as const;
const NOT_ADMIN = Object.entries(PERSONAS).filter(([role]) => role !== 'admin');

const newPolicy = (id: string, overrides: Record<string, unknown> = {}) => ({
  _id: id,
  title: { 'zh-CN': `测试政策 ${id}`, en: `Test policy ${id}` },
  issuer: { 'zh-CN': '区人才办', en: 'District Talent Office' },
  summary: { 'zh-CN': '一项测试用的政策', en: 'A policy for the tests' },
  topics: ['测试'],
  validFrom: addDays(today(), -1),
  conditions: [{ kind: 'max-age', years: 35 }],
  ...overrides,
});

let serial = 0;
/** A fresh talent, privacy policy accepted. */
async function newTalent(): Promise<string> {
  serial += 1;
  const openId = `policy-talent-${serial}`;
  await addUser(dbOf(cloud), openId, ['applicant']);
  await acceptPrivacyPolicy(cloud, openId);
  return openId;
}

describe('policies.catalogue', () => {
  it.each(Object.entries(PERSONAS))('lists the seeded policies in force to %s, by title', async (_role, openId) => {
    const reply = await call('catalogue', {}, openId);
    expect(reply.ok).toBe(true);
    expect(reply.data.total).toBeGreaterThanOrEqual(DEMO_POLICIES.length);
    expect(reply.data.items.map((p: { _id: string }) => p._id)).toEqual(expect.arrayContaining(DEMO_POLICIES.map((p) => p._id)));
    expect(reply.data.items[0]).not.toHaveProperty('updatedBy');
  });

  it.each([
    ['a Chinese word', '落户', ['hukou-graduates', 'hukou-returnees']],
    ['English words, any case', 'HUKOU returnees', ['hukou-returnees']],
    ['a word of the summary', '公寓', ['talent-apartment']],
    ['nothing matching', '不存在的词', []],
  ])('searches %s', async (_t, query, ids) => {
    const reply = await call('catalogue', { query }, 'demo-applicant');
    expect(reply.data.items.map((p: { _id: string }) => p._id).sort()).toEqual([...ids].sort());
  });

  it('filters by topic and pages', async () => {
    const housing = await call('catalogue', { topic: 'housing' }, 'demo-applicant');
    expect(housing.data.items.map((p: { _id: string }) => p._id).sort()).toEqual(
      ['home-purchase-high-level', 'rent-subsidy-young', 'talent-apartment'].sort(),
    );
    const first = await call('catalogue', { query: '', pageSize: 3 }, 'demo-applicant');
    const second = await call('catalogue', { query: '', pageSize: 3, page: 1 }, 'demo-applicant');
    expect(first.data).toMatchObject({ page: 0, hasMore: true });
    expect(second.data.items[0]._id).not.toBe(first.data.items[0]._id);
  });

  it('refuses an anonymous caller and a malformed query', async () => {
    expect((await callFunction(cloud, 'policies', { action: 'catalogue', payload: {} }, null)).body.error.code).toBe('UNAUTHENTICATED');
    expect((await call('catalogue', { pageSize: 500 }, 'demo-applicant')).error.code).toBe('VALIDATION');
  });
});

describe('policies.savePolicy and withdrawPolicy', () => {
  it('the district admin publishes a policy, changes it and withdraws it; each step audited', async () => {
    const saved = await call('savePolicy', newPolicy('test-save'), 'demo-admin');
    expect(saved.ok).toBe(true);
    expect(saved.data).toMatchObject({ _id: 'test-save', withdrawn: false });
    expect((await call('catalogue', { query: 'test-save' }, 'demo-applicant')).data.total).toBe(1);

    const changed = await call('savePolicy', newPolicy('test-save', { summary: { 'zh-CN': '改过的摘要', en: 'Changed' } }), 'demo-admin');
    expect(changed.data.summary.en).toBe('Changed');

    const withdrawn = await call('withdrawPolicy', { id: 'test-save' }, 'demo-admin');
    expect(withdrawn.data).toMatchObject({ _id: 'test-save', withdrawn: true });
    expect((await call('catalogue', { query: 'test-save' }, 'demo-applicant')).data.total).toBe(0);
    // Withdrawing again changes nothing and still answers the policy.
    expect((await call('withdrawPolicy', { id: 'test-save' }, 'demo-admin')).data.withdrawn).toBe(true);

    const { data: audit } = await dbOf(cloud).collection('audit_logs').where({ 'target.id': 'test-save' }).limit(10).get();
    expect(audit.map((a: { action: string; before: unknown; after: unknown }) => [a.action, a.before, a.after]).sort()).toEqual(
      [
        ['policies.save', null, 'published'],
        ['policies.save', 'published', 'published'],
        ['policies.withdraw', 'published', 'withdrawn'],
      ].sort(),
    );
  });

  it('a policy not yet in force or past its end is not in the catalogue', async () => {
    await call('savePolicy', newPolicy('test-future', { validFrom: addDays(today(), 10) }), 'demo-admin');
    await call('savePolicy', newPolicy('test-ended', { validFrom: '2020-01-01', validTo: addDays(today(), -1) }), 'demo-admin');
    const reply = await call('catalogue', { query: 'test-' }, 'demo-applicant');
    expect(reply.data.items.map((p: { _id: string }) => p._id)).not.toEqual(expect.arrayContaining(['test-future']));
    expect(reply.data.items.map((p: { _id: string }) => p._id)).not.toEqual(expect.arrayContaining(['test-ended']));
  });

  it.each([
    ['an end before the start', newPolicy('test-bad', { validFrom: '2026-05-01', validTo: '2026-04-01' }), 'validTo'],
    ['an unknown condition', newPolicy('test-bad', { conditions: [{ kind: 'height', cm: 180 }] }), 'conditions.0.kind'],
    ['an id with spaces', newPolicy('Bad Id'), '_id'],
    ['a field no policy has', { ...newPolicy('test-bad'), secret: 1 }, ''],
  ])('refuses %s', async (_t, payload, path) => {
    const reply = await call('savePolicy', payload, 'demo-admin');
    expect(reply.error.code).toBe('VALIDATION');
    if (path) expect(reply.error.issues.map((i: { path: string }) => i.path)).toContain(path);
  });

  it('manage lists every policy to the admin, withdrawn and out of force included', async () => {
    await call('savePolicy', newPolicy('test-manage'), 'demo-admin');
    await call('withdrawPolicy', { id: 'test-manage' }, 'demo-admin');
    const reply = await call('manage', {}, 'demo-admin');
    const ids = reply.data.items.map((p: { _id: string }) => p._id);
    expect(ids).toEqual(expect.arrayContaining(['test-manage', ...DEMO_POLICIES.map((p) => p._id)]));
    expect(reply.data.items.find((p: { _id: string }) => p._id === 'test-manage').withdrawn).toBe(true);
  });

  it('answers NOT_FOUND for withdrawing an unknown policy', async () => {
    expect((await call('withdrawPolicy', { id: 'no-such-policy' }, 'demo-admin')).error.code).toBe('NOT_FOUND');
  });

  it.each(NOT_ADMIN)('refuses %s the edits and the admin list', async (_role, openId) => {
    expect((await call('savePolicy', newPolicy('test-refused'), openId)).error.code).toBe('FORBIDDEN');
    expect((await call('withdrawPolicy', { id: 'talent-apartment' }, openId)).error.code).toBe('FORBIDDEN');
    expect((await call('manage', {}, openId)).error.code).toBe('FORBIDDEN');
  });
});

describe('policies.forMe', () => {
  it('reads the talent profile set with account.setProfile: applies, almost with what is missing, and all', async () => {
    const talent = await newTalent();
    // No profile yet: nothing can apply; policies with at most two conditions are "almost", their conditions unknown.
    const bare = await call('forMe', {}, talent);
    expect(bare.data.profile).toEqual({});
    expect(bare.data.matches.every((m: { level: string }) => m.level === 'almost')).toBe(true);
    expect(bare.data.matches.find((m: { policy: { _id: string } }) => m.policy._id === 'talent-apartment').unknown[0].rule).toBe(
      'employer-district',
    );

    const birthDate = addDays(today(), -(25 * 365 + 10));
    const profile = { category: 'graduate', birthDate, degree: 'master', yearsAbroad: 0, employerDistrict: '浦东新区' };
    const set = await setProfile(talent, { talent: profile });
    expect(set.data.talent).toEqual(profile);
    expect((await callFunction(cloud, 'account', { action: 'me' }, talent)).body.data.talent).toEqual(profile);

    const reply = await call('forMe', {}, talent);
    expect(reply.data.profile).toEqual(profile);
    const level = (id: string) => reply.data.matches.find((m: { policy: { _id: string } }) => m.policy._id === id)?.level;
    expect(['rent-subsidy-young', 'hukou-graduates', 'talent-apartment'].map(level)).toEqual(['applies', 'applies', 'applies']);
    const returnees = reply.data.matches.find((m: { policy: { _id: string } }) => m.policy._id === 'hukou-returnees');
    expect(returnees).toMatchObject({ level: 'almost', unmet: [{ rule: 'min-years-abroad' }], unknown: [] });
    expect(level('home-purchase-high-level')).toBe('almost');
    expect(reply.data.matches.map((m: { level: string }) => m.level)).not.toContain('no');
    // Applies first, then almost.
    const levels: string[] = reply.data.matches.map((m: { level: string }) => m.level);
    expect(levels.indexOf('almost')).toBe(levels.lastIndexOf('applies') + 1);

    const all = await call('forMe', { all: true }, talent);
    expect(all.data.matches.length).toBeGreaterThan(reply.data.matches.length);
    expect(all.data.matches.find((m: { policy: { _id: string } }) => m.policy._id === 'returnee-settling-in').level).toBe('no');
  });

  it('replaces the profile as a whole, and takes it only after the privacy policy is accepted', async () => {
    const talent = await newTalent();
    await setProfile(talent, { talent: { degree: 'doctor', yearsAbroad: 4 } });
    const replaced = await setProfile(talent, { talent: { degree: 'bachelor' } });
    expect(replaced.data.talent).toEqual({ degree: 'bachelor' });
    expect((await call('forMe', {}, talent)).data.profile).toEqual({ degree: 'bachelor' });

    await addUser(dbOf(cloud), 'policy-no-consent', ['applicant']);
    const refused = await setProfile('policy-no-consent', { talent: { degree: 'master' } });
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN', details: { consentRequired: expect.any(String) } });
    // Name and language still need no consent.
    expect((await setProfile('policy-no-consent', { displayName: '小王' })).ok).toBe(true);
    expect((await setProfile(talent, { talent: { degree: 'professor' } })).error.code).toBe('VALIDATION');
  });

  it.each(Object.entries(PERSONAS))('answers %s from their own profile', async (_role, openId) => {
    const reply = await call('forMe', {}, openId);
    expect(reply.ok).toBe(true);
    if (openId === 'demo-applicant') expect(reply.data.matches.some((m: { level: string }) => m.level === 'applies')).toBe(true);
  });
});

describe('policies.askAbout', () => {
  it('opens a 政策咨询 request naming the policy, once per requestId, in the caller’s own requests', async () => {
    const talent = await newTalent();
    const rid = requestId();
    const payload = { policyId: 'rent-subsidy-young', question: '我在浦东工作两年了，可以申请吗？' };
    const first = await call('askAbout', payload, talent, rid);
    expect(first.ok).toBe(true);
    expect(first.data).toMatchObject({ status: 'submitted', policyId: 'rent-subsidy-young' });
    const again = await call('askAbout', payload, talent, rid);
    expect(again.data.requestId).toBe(first.data.requestId);

    const { data } = await dbOf(cloud).collection('requests').where({ applicantId: talent }).limit(10).get();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ category: 'policy', policyId: 'rent-subsidy-young', status: 'submitted' });
    expect(data[0].title).toContain('青年人才租房补贴');
    expect(data[0].body).toContain('rent-subsidy-young');

    const mine = (await callFunction(cloud, 'requests', { action: 'mine', payload: {} }, talent)).body;
    expect(mine.data.items.map((r: { id?: string; _id?: string }) => r.id ?? r._id)).toContain(first.data.requestId);
  });

  it('refuses without a requestId, for a withdrawn or unknown policy, and without consent', async () => {
    const talent = await newTalent();
    const payload = { policyId: 'talent-apartment', question: '问题' };
    expect((await call('askAbout', payload, talent)).error.code).toBe('VALIDATION');
    await call('savePolicy', newPolicy('test-ask-withdrawn'), 'demo-admin');
    await call('withdrawPolicy', { id: 'test-ask-withdrawn' }, 'demo-admin');
    expect((await call('askAbout', { ...payload, policyId: 'test-ask-withdrawn' }, talent, requestId())).error.code).toBe('NOT_FOUND');
    expect((await call('askAbout', { ...payload, policyId: 'no-such-policy' }, talent, requestId())).error.code).toBe('NOT_FOUND');
    await addUser(dbOf(cloud), 'policy-ask-no-consent', ['applicant']);
    const refused = await call('askAbout', payload, 'policy-ask-no-consent', requestId());
    expect(refused.error).toMatchObject({ code: 'FORBIDDEN', details: { consentRequired: expect.any(String) } });
  });

  it.each(Object.entries(PERSONAS))('lets %s ask', async (_role, openId) => {
    await acceptPrivacyPolicy(cloud, openId);
    const reply = await call('askAbout', { policyId: 'children-schooling', question: '孩子明年上小学' }, openId, requestId());
    expect(reply.ok).toBe(true);
  });
});
