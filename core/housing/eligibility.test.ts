import type { DocumentFile } from '../documents';
import { apartmentEligibility, type ApartmentEligibilityInput } from './eligibility';
import { DEFAULT_APARTMENT_POLICY, resolveApartmentPolicy } from './policy';

const file = (kind: DocumentFile['kind']): DocumentFile => ({ kind, fileId: `cloud://env.b/${kind}.pdf`, type: 'pdf', size: 100 });
const ok: ApartmentEligibilityInput = {
  policy: DEFAULT_APARTMENT_POLICY,
  category: 'young',
  degree: 'master',
  employerInDistrict: true,
  socialInsuranceInShanghai: true,
  ownsHomeInShanghai: false,
  documents: [file('labour-contract'), file('social-insurance-record'), file('no-home-declaration')],
  unitType: 'one-room',
  householdSize: 2,
  householdHasActive: false,
};
const failed = (change: Partial<ApartmentEligibilityInput>) => apartmentEligibility({ ...ok, ...change }).map((r) => r.rule);

describe('talent apartment eligibility', () => {
  it.each<[string, Partial<ApartmentEligibilityInput>, string[]]>([
    ['an eligible young talent with every document', {}, []],
    ['a second active application in the household', { householdHasActive: true }, ['one-per-household']],
    ['a unit type the building does not list', { buildingHasUnitType: false }, ['unit-type']],
    ['an employer registered outside the district', { employerInDistrict: false }, ['employer-in-district']],
    ['no labour contract', { documents: [file('social-insurance-record'), file('no-home-declaration')] }, ['labour-contract']],
    ['social insurance paid elsewhere', { socialInsuranceInShanghai: false }, ['social-insurance']],
    [
      'social insurance declared without the record',
      { documents: [file('labour-contract'), file('no-home-declaration')] },
      ['social-insurance'],
    ],
    ['owns a home in Shanghai', { ownsHomeInShanghai: true }, ['no-home']],
    ['declares no home without the declaration', { documents: [file('labour-contract'), file('social-insurance-record')] }, ['no-home']],
    ['a bachelor meets the default minimum exactly', { degree: 'bachelor' }, []],
    ['no degree', { degree: 'none' }, ['degree']],
    ['a household of exactly the largest size', { householdSize: 2 }, []],
    ['one person more than the unit type houses', { householdSize: 3 }, ['household-size']],
    ['a family of four in two rooms', { unitType: 'two-rooms', householdSize: 4 }, []],
    ['two people in a studio', { unitType: 'studio', householdSize: 2 }, ['household-size']],
    [
      'everything wrong: every rule is listed, in the form order',
      { householdHasActive: true, employerInDistrict: false, documents: [], ownsHomeInShanghai: true, degree: 'none', householdSize: 9 },
      ['one-per-household', 'employer-in-district', 'labour-contract', 'social-insurance', 'no-home', 'degree', 'household-size'],
    ],
  ])('%s → %j', (_t, change, expected) => {
    expect(failed(change)).toEqual(expected);
  });

  it.each<[string, Partial<ApartmentEligibilityInput>, string[]]>([
    ['a category the building is for', { category: 'shortage' }, []],
    ['a category the building is not for', { category: 'graduate' }, ['talent-category']],
  ])('building for leading, high-level and shortage talents: %s → %j', (_t, change, expected) => {
    const policy = resolveApartmentPolicy({ eligibleCategories: ['leading', 'high-level', 'shortage'] });
    expect(failed({ policy, ...change })).toEqual(expected);
  });

  it('a policy without the insurance and home rules does not ask for them', () => {
    const policy = resolveApartmentPolicy({ requireSocialInsurance: false, requireNoHomeInShanghai: false });
    expect(failed({ policy, socialInsuranceInShanghai: false, ownsHomeInShanghai: true, documents: [file('labour-contract')] })).toEqual(
      [],
    );
  });

  it('explains each failed rule in both languages', () => {
    const policy = resolveApartmentPolicy({ eligibleCategories: ['leading'], minDegree: 'doctor' });
    const reasons = apartmentEligibility({ ...ok, policy, householdSize: 3 });
    expect(reasons.map((r) => r.message)).toEqual([
      { 'zh-CN': '本公寓面向：领军人才', en: 'This building is for: Leading talent' },
      { 'zh-CN': '须具有博士及以上学位', en: 'Degree required: Doctorate or higher' },
      { 'zh-CN': '该户型最多入住 2 人', en: 'This unit type houses at most 2 people' },
    ]);
  });
});
