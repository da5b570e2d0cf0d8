import type { DocumentFile } from '../documents';
import { REQUIRED_STAY_DOCUMENTS, STAY_DOCUMENT_RULES, stayEligibility, type StayEligibilityInput } from './eligibility';
import { APPLICANT_TYPES } from './model';
import { DEFAULT_STAY_POLICY } from '../stations/policy';

const file = (kind: DocumentFile['kind']): DocumentFile => ({ kind, fileId: `cloud://env.b/${kind}.pdf`, type: 'pdf', size: 100 });
const policy = { ...DEFAULT_STAY_POLICY, listedUniversities: ['Fudan University', '清华大学'] };
const today = '2026-11-23';
const rulesFailed = (input: Partial<StayEligibilityInput> & Pick<StayEligibilityInput, 'type'>) =>
  stayEligibility({ today, policy, documents: [], ...input }).map((r) => r.rule);

describe('overseas senior professional', () => {
  const ok = {
    type: 'overseas-professional' as const,
    yearsAbroad: 3,
    intendsToWorkInShanghai: true,
    documents: [file('passport'), file('work-proof')],
  };
  it.each([
    ['exactly 3 years abroad with a passport and proof of work', ok, []],
    ['an offer letter instead of proof of work', { ...ok, documents: [file('id-card'), file('offer-letter')] }, []],
    ['2.9 years abroad', { ...ok, yearsAbroad: 2.9 }, ['years-abroad']],
    ['years abroad not given', { ...ok, yearsAbroad: undefined }, ['years-abroad']],
    ['no intention to work in Shanghai', { ...ok, intendsToWorkInShanghai: false }, ['work-in-shanghai']],
    ['no identity document', { ...ok, documents: [file('work-proof')] }, ['identity-document']],
    ['no proof of work', { ...ok, documents: [file('passport')] }, ['work-proof']],
    [
      'everything missing: every rule is listed',
      { type: 'overseas-professional' as const },
      ['work-in-shanghai', 'identity-document', 'years-abroad', 'work-proof'],
    ],
  ])('%s → %j', (_t, input, expected) => {
    expect(rulesFailed(input)).toEqual(expected);
  });

  it('reads the minimum from the station policy', () => {
    expect(stayEligibility({ today, policy: { ...policy, minYearsAbroad: 5 }, ...ok, yearsAbroad: 4 }).map((r) => r.rule)).toEqual([
      'years-abroad',
    ]);
  });
});

describe('student or graduate of a listed university', () => {
  const ok = {
    type: 'graduate' as const,
    university: 'Fudan University',
    graduationDate: '2026-07-01',
    intendsToWorkInShanghai: true,
    documents: [file('passport'), file('degree')],
  };
  it.each([
    ['a recent graduate of a listed university', ok, []],
    ['the university typed in another case and spacing', { ...ok, university: 'fudan  university' }, []],
    ['a Chinese name on the list', { ...ok, university: '清华大学' }, []],
    ['a university not on the list', { ...ok, university: 'Unlisted College' }, ['listed-university']],
    ['graduated exactly 24 months ago', { ...ok, graduationDate: '2024-11-23' }, []],
    ['graduated 24 months and a day ago', { ...ok, graduationDate: '2024-11-22' }, ['graduation-window']],
    ['graduating exactly 12 months ahead', { ...ok, graduationDate: '2027-11-23' }, []],
    ['graduating 12 months and a day ahead', { ...ok, graduationDate: '2027-11-24' }, ['graduation-window']],
    ['no degree document', { ...ok, documents: [file('passport')] }, ['degree-document']],
  ])('%s → %j', (_t, input, expected) => {
    expect(rulesFailed(input)).toEqual(expected);
  });
});

describe('startup team member', () => {
  const ok = { type: 'team-member' as const, documents: [file('id-card')], team: { approved: true, personIsMember: true } };
  it.each([
    ['a member of an approved team', ok, []],
    ['no seat application found', { ...ok, team: null }, ['approved-team']],
    ['a team whose application is not approved', { ...ok, team: { approved: false, personIsMember: true } }, ['approved-team']],
    ['someone not on the team', { ...ok, team: { approved: true, personIsMember: false } }, ['team-membership']],
  ])('%s → %j', (_t, input, expected) => {
    expect(rulesFailed(input)).toEqual(expected);
  });
});

describe('guest named by an employer', () => {
  it.each([
    ['a verified employer with the guest passport', { callerIsVerifiedEmployer: true, documents: [file('passport')] }, []],
    ['a caller who is not an employer', { callerIsVerifiedEmployer: false, documents: [file('passport')] }, ['verified-employer']],
    ['no guest identity document', { callerIsVerifiedEmployer: true }, ['identity-document']],
  ])('%s → %j', (_t, input, expected) => {
    expect(rulesFailed({ type: 'employer-guest', ...input })).toEqual(expected);
  });
});

it('every reason reads in Chinese and English', () => {
  for (const r of stayEligibility({ type: 'graduate', today, policy, documents: [] })) {
    expect(r.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
    expect(r.message.en).toMatch(/[a-z]/);
  }
});

describe('the required documents are the ones eligibility checks', () => {
  const documentRules = (input: Partial<StayEligibilityInput> & Pick<StayEligibilityInput, 'type'>) =>
    rulesFailed(input).filter((rule) => STAY_DOCUMENT_RULES.includes(rule));

  it.each(APPLICANT_TYPES)('%s: nothing attached fails every requirement, in order', (type) => {
    expect(documentRules({ type })).toEqual(REQUIRED_STAY_DOCUMENTS[type].map((r) => r.rule));
  });

  it.each(
    APPLICANT_TYPES.flatMap((type) => REQUIRED_STAY_DOCUMENTS[type].flatMap((r) => r.kinds.map((kind) => [type, r.rule, kind] as const))),
  )('%s: any one of a group satisfies it (%s by %s)', (type, rule, kind) => {
    expect(documentRules({ type, documents: [file(kind)] })).not.toContain(rule);
  });

  it.each(APPLICANT_TYPES)('%s: one file of each group satisfies every document rule', (type) => {
    expect(documentRules({ type, documents: REQUIRED_STAY_DOCUMENTS[type].map((r) => file(r.kinds[0])) })).toEqual([]);
  });
});
