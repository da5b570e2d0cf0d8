import { ageOn, checkCondition, describeCondition, matchPolicies, searchPolicies } from './matcher';
import type { Policy, PolicyCondition, TalentProfile } from './model';

const policy = (id: string, conditions: PolicyCondition[], change: Partial<Policy> = {}): Policy => ({
  _id: id,
  title: { 'zh-CN': `政策${id}`, en: `Policy ${id}` },
  issuer: { 'zh-CN': '区人才办', en: 'District talent office' },
  summary: { 'zh-CN': '摘要', en: 'Summary' },
  topics: [],
  validFrom: '2026-01-01',
  conditions,
  ...change,
});
const today = '2026-12-06';

describe('one condition', () => {
  it.each<[string, PolicyCondition, TalentProfile, string]>([
    ['category listed', { kind: 'talent-category', anyOf: ['young', 'graduate'] }, { category: 'young' }, 'met'],
    ['category not listed', { kind: 'talent-category', anyOf: ['leading'] }, { category: 'young' }, 'unmet'],
    ['category not in the profile', { kind: 'talent-category', anyOf: ['leading'] }, {}, 'unknown'],
    ['aged exactly 35 (birthday today) with a limit of 35', { kind: 'max-age', years: 35 }, { birthDate: '1991-12-06' }, 'met'],
    ['36 from today', { kind: 'max-age', years: 35 }, { birthDate: '1990-12-06' }, 'unmet'],
    ['36 tomorrow', { kind: 'max-age', years: 35 }, { birthDate: '1990-12-07' }, 'met'],
    ['age not given', { kind: 'max-age', years: 35 }, {}, 'unknown'],
    ['a doctorate where a master is asked', { kind: 'min-degree', degree: 'master' }, { degree: 'doctor' }, 'met'],
    ['a bachelor where a master is asked', { kind: 'min-degree', degree: 'master' }, { degree: 'bachelor' }, 'unmet'],
    ['exactly the years abroad asked', { kind: 'min-years-abroad', years: 3 }, { yearsAbroad: 3 }, 'met'],
    ['fewer years abroad', { kind: 'min-years-abroad', years: 3 }, { yearsAbroad: 2.5 }, 'unmet'],
    ['employer in a listed district', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: '浦东新区' }, 'met'],
    ['employer elsewhere', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: '宝山区' }, 'unmet'],
    ['the district written without 新区', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: '浦东' }, 'met'],
    ['the district in English', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: 'Pudong New Area' }, 'met'],
    ['the English name in lower case', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: 'pudong' }, 'met'],
    ["Jing'an without its apostrophe", { kind: 'employer-district', anyOf: ['静安区'] }, { employerDistrict: 'Jingan District' }, 'met'],
    [
      'the admin listing 宝山 for a talent at 宝山区',
      { kind: 'employer-district', anyOf: ['宝山'] },
      { employerDistrict: '宝山区' },
      'met',
    ],
    ['full-width letters', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: 'ＰＵＤＯＮＧ' }, 'met'],
    ['a name that only starts like a listed one', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: '浦' }, 'unmet'],
    ['Huangpu is not Pudong', { kind: 'employer-district', anyOf: ['浦东新区'] }, { employerDistrict: 'Huangpu' }, 'unmet'],
    ['a district outside Shanghai, as written', { kind: 'employer-district', anyOf: ['朝阳区'] }, { employerDistrict: '朝阳' }, 'met'],
    ['startup at a listed stage', { kind: 'startup-stage', anyOf: ['seed', 'early'] }, { startupStage: 'seed' }, 'met'],
    ['startup stage not given', { kind: 'startup-stage', anyOf: ['seed'] }, {}, 'unknown'],
  ])('%s → %s', (_t, condition, profile, expected) => {
    expect(checkCondition(condition, profile, today)).toBe(expected);
  });

  it.each([
    ['born on 29 February: not yet a year older on 27 February of a common year', '2000-02-29', '2001-02-27', 0],
    ['born on 29 February: a year older on 28 February (the month end)', '2000-02-29', '2001-02-28', 1],
    ['on the day before the birthday', '1990-12-07', '2026-12-06', 35],
  ])('age: %s', (_t, birthDate, on, age) => {
    expect(ageOn(birthDate, on)).toBe(age);
  });
});

describe('matching the catalogue', () => {
  const catalogue = [
    policy('A', [
      { kind: 'talent-category', anyOf: ['young'] },
      { kind: 'max-age', years: 35 },
    ]),
    policy('B', [
      { kind: 'talent-category', anyOf: ['young'] },
      { kind: 'min-degree', degree: 'doctor' },
    ]),
    policy('C', [
      { kind: 'min-degree', degree: 'doctor' },
      { kind: 'min-years-abroad', years: 5 },
    ]),
    policy('D', [
      { kind: 'talent-category', anyOf: ['young'] },
      { kind: 'startup-stage', anyOf: ['seed'] },
    ]),
    policy('E', [], { validTo: '2026-12-05' }),
    policy('F', [], { validFrom: '2026-12-07' }),
    policy('G', [], { validTo: '2026-12-06' }),
  ];
  const profile: TalentProfile = { category: 'young', birthDate: '1995-05-01', degree: 'master', yearsAbroad: 1 };
  const matches = matchPolicies({ policies: catalogue, profile, today });

  it('leaves out policies not in force, the last valid day included', () => {
    expect(matches.map((m) => m.policy._id).sort()).toEqual(['A', 'B', 'C', 'D', 'G']);
  });

  it.each([
    ['every condition met', 'A', 'applies', [], []],
    ['no conditions at all', 'G', 'applies', [], []],
    ['one condition not met', 'B', 'almost', ['min-degree'], []],
    ['two conditions not met', 'C', 'no', ['min-degree', 'min-years-abroad'], []],
    ['one condition the profile does not answer', 'D', 'almost', [], ['startup-stage']],
  ])('%s: policy %s → %s', (_t, id, level, unmet, unknown) => {
    const match = matches.find((m) => m.policy._id === id);
    expect([match?.level, match?.unmet.map((r) => r.rule), match?.unknown.map((r) => r.rule)]).toEqual([level, unmet, unknown]);
  });

  it('lists what applies first, then what almost does, then the rest', () => {
    expect(matches.map((m) => m.level)).toEqual(['applies', 'applies', 'almost', 'almost', 'no']);
  });

  it('says what is missing in both languages', () => {
    expect(matches.find((m) => m.policy._id === 'B')?.unmet[0].message).toEqual({ 'zh-CN': '博士及以上学位', en: 'Doctorate or higher' });
  });
});

describe('search', () => {
  const catalogue = [
    policy('rent', [], { title: { 'zh-CN': '青年人才租房补贴', en: 'Rent support for young talent' }, topics: ['安居'] }),
    policy('school', [], { title: { 'zh-CN': '子女入学', en: 'School places for children' } }),
  ];
  it.each([
    ['Chinese words', '租房', ['rent']],
    ['English words in another case', 'RENT support', ['rent']],
    ['a topic', '安居', ['rent']],
    ['words that must all match', 'rent school', []],
    ['an empty query lists everything', '  ', ['rent', 'school']],
    ['full-width letters', 'ｒｅｎｔ', ['rent']],
  ])('%s', (_t, query, expected) => {
    expect(searchPolicies(catalogue, query).map((p) => p._id)).toEqual(expected);
  });
});

describe('the sentence a condition reads as', () => {
  it('names startup stages by their labels in each language, not by their codes', () => {
    expect(describeCondition({ kind: 'startup-stage', anyOf: ['seed', 'early'] }).message).toEqual({
      'zh-CN': '创业阶段：种子期、初创期',
      en: 'Startup stage: Seed, Early stage',
    });
  });
});

describe('the districts a condition names', () => {
  it.each([
    ['浦东新区', { 'zh-CN': '用人单位注册在：浦东新区', en: 'Employer registered in: Pudong' }],
    ['浦东', { 'zh-CN': '用人单位注册在：浦东新区', en: 'Employer registered in: Pudong' }],
    ["Jing'an District", { 'zh-CN': '用人单位注册在：静安区', en: "Employer registered in: Jing'an" }],
  ])('a Shanghai district typed as %s reads by its label in each language', (written, message) => {
    expect(describeCondition({ kind: 'employer-district', anyOf: [written] }).message).toEqual(message);
  });

  it('several, and a district outside Shanghai as written in both', () => {
    expect(describeCondition({ kind: 'employer-district', anyOf: ['浦东新区', '徐汇区', '朝阳区'] }).message).toEqual({
      'zh-CN': '用人单位注册在：浦东新区、徐汇区、朝阳区',
      en: 'Employer registered in: Pudong, Xuhui, 朝阳区',
    });
  });
});

describe('describeCondition in English', () => {
  it.each([
    [1, 'At least 1 year abroad'],
    [3, 'At least 3 years abroad'],
  ])('%i year(s) abroad: %s', (years, en) => {
    expect(describeCondition({ kind: 'min-years-abroad', years }).message.en).toBe(en);
  });
});
