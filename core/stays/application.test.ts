import { newStayApplication, toStayView, type NewStayInput } from './application';
import { DEFAULT_STAY_POLICY } from '../stations/policy';

/** Stands in for the shell's encryption: marks what was sealed, so a test sees which values went through it. */
const seal = (plain: string) => ({ kid: 'test', iv: 'iv', tag: 'tag', ct: `sealed(${plain})` });

const base: NewStayInput = {
  id: 'stay-1',
  stationId: 's1',
  type: 'overseas-professional',
  ownerId: 'o1',
  person: { name: 'A', phone: '+8613800000000', identityDocument: { kind: 'passport', number: 'E12345678' } },
  seal,
  idHash: 'hash',
  checkIn: '2026-11-30',
  nights: 3,
  documents: [
    { kind: 'passport', fileId: 'cloud://e.b/p.pdf', type: 'pdf', size: 1 },
    { kind: 'work-proof', fileId: 'cloud://e.b/w.pdf', type: 'pdf', size: 1 },
  ],
  facts: { intendsToWorkInShanghai: true, yearsAbroad: 4 },
  now: new Date('2026-11-23T02:00:00Z'),
  policy: DEFAULT_STAY_POLICY,
  locale: 'en',
  eligibility: {},
};

const codeOf = (input: NewStayInput) => {
  try {
    newStayApplication(input);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('newStayApplication', () => {
  it('is pending, holds check-in up to the check-out morning, and keeps the numbers only masked and sealed', () => {
    const app = newStayApplication(base);
    expect(app).toMatchObject({ status: 'pending', program: 'talent', held: { first: '2026-11-30', end: '2026-12-03' } });
    expect(app.person).toEqual({
      name: 'A',
      phoneMasked: '*********0000',
      idKind: 'passport',
      idMasked: '*****5678',
      sealed: { phone: seal('+8613800000000'), idNumber: seal('E12345678') },
    });
    const unsealed = JSON.stringify({ ...app, person: { ...app.person, sealed: null } });
    expect(unsealed).not.toContain('E12345678');
    expect(unsealed).not.toContain('13800000000');
  });

  it('a view shows neither the identity hash nor the sealed numbers', () => {
    const view = toStayView(newStayApplication(base));
    expect(view).not.toHaveProperty('idHash');
    expect(view.person).toEqual({ name: 'A', phoneMasked: '*********0000', idKind: 'passport', idMasked: '*****5678' });
  });

  it.each([
    ['an eligible applicant', base, 'ok'],
    ['dates outside the window (field rule first)', { ...base, checkIn: '2026-11-23' }, 'VALIDATION'],
    ['too few years abroad', { ...base, facts: { ...base.facts, yearsAbroad: 1 } }, 'NOT_ELIGIBLE'],
    [
      'a team member asking 14 nights with an approved team',
      { ...base, type: 'team-member' as const, nights: 14, eligibility: { team: { approved: true, personIsMember: true } } },
      'ok',
    ],
  ])('%s → %s', (_t, input, code) => {
    expect(codeOf(input)).toBe(code);
  });
});
