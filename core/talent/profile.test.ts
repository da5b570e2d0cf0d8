import { degreeAtLeast, talentProfileSchema } from './profile';

describe('the talent profile', () => {
  it.each([
    ['empty: nothing known yet', {}],
    [
      'every field',
      {
        category: 'young',
        birthDate: '1995-02-28',
        degree: 'master',
        yearsAbroad: 2.5,
        employerDistrict: '浦东新区',
        startupStage: 'seed',
      },
    ],
  ])('accepts %s', (_t, profile) => {
    expect(talentProfileSchema.parse(profile)).toEqual(profile);
  });

  it.each([
    ['an unknown category', { category: 'genius' }],
    ['a date that is not YYYY-MM-DD', { birthDate: '1995/02/28' }],
    ['a date that is no day', { birthDate: '1995-02-29' }],
    ['negative years abroad', { yearsAbroad: -1 }],
    ['a district with a control character', { employerDistrict: '浦东\u0007' }],
    ['a field the matcher does not read', { salary: 10 }],
  ])('refuses %s', (_t, profile) => {
    expect(talentProfileSchema.safeParse(profile).success).toBe(false);
  });

  it('trims the district as every free text is', () => {
    expect(talentProfileSchema.parse({ employerDistrict: ' 浦东新区 ' }).employerDistrict).toBe('浦东新区');
  });

  it.each([
    ['doctor', 'master', true],
    ['master', 'master', true],
    ['bachelor', 'master', false],
    ['none', 'bachelor', false],
  ] as const)('%s is at least %s: %s', (held, minimum, expected) => {
    expect(degreeAtLeast(held, minimum)).toBe(expected);
  });
});
