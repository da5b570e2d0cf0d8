import { checkOutDate, maxNightsFor, stayRequestRules, staysOverlap } from './rules';
import { DEFAULT_STAY_POLICY } from '../stations/policy';

const today = '2026-11-23';
const rules = (type: 'graduate' | 'team-member', checkIn: string, nights: number) =>
  stayRequestRules({ type, checkIn, nights, today, policy: DEFAULT_STAY_POLICY }).map((r) => r.rule);

describe('stayRequestRules', () => {
  it.each([
    ['1 night from tomorrow', 'graduate', '2026-11-24', 1, []],
    ['7 nights for a talent', 'graduate', '2026-11-24', 7, []],
    ['8 nights for a talent', 'graduate', '2026-11-24', 8, ['nights']],
    ['0 nights', 'graduate', '2026-11-24', 0, ['nights']],
    ['14 nights for a team member', 'team-member', '2026-11-24', 14, []],
    ['15 nights for a team member', 'team-member', '2026-11-24', 15, ['nights']],
    ['check-in today (too soon)', 'graduate', '2026-11-23', 1, ['check-in-window']],
    ['check-in exactly 60 days ahead', 'graduate', '2027-01-22', 1, []],
    ['check-in 61 days ahead', 'graduate', '2027-01-23', 1, ['check-in-window']],
    ['both wrong: both reported', 'graduate', '2027-03-01', 9, ['nights', 'check-in-window']],
  ] as const)('%s → %j', (_t, type, checkIn, nights, expected) => {
    expect(rules(type, checkIn, nights)).toEqual(expected);
  });

  it('takes the maxima from the station policy', () => {
    expect(maxNightsFor('graduate', { ...DEFAULT_STAY_POLICY, maxNights: 3 })).toBe(3);
    expect(maxNightsFor('employer-guest', DEFAULT_STAY_POLICY)).toBe(7);
  });
});

describe('staysOverlap', () => {
  it.each([
    ['stay that ends exactly when the next one starts', { checkIn: '2026-12-01', nights: 3 }, { checkIn: '2026-12-04', nights: 2 }, false],
    ['stays sharing one night', { checkIn: '2026-12-01', nights: 3 }, { checkIn: '2026-12-03', nights: 2 }, true],
    ['one stay inside another', { checkIn: '2026-12-01', nights: 7 }, { checkIn: '2026-12-03', nights: 1 }, true],
    ['stays a week apart', { checkIn: '2026-12-01', nights: 1 }, { checkIn: '2026-12-08', nights: 1 }, false],
  ])('%s → %s', (_t, a, b, expected) => {
    expect(staysOverlap(a, b)).toBe(expected);
    expect(staysOverlap(b, a)).toBe(expected);
  });

  it('checks out the morning after the last night, across a year end', () => {
    expect(checkOutDate('2026-12-30', 3)).toBe('2027-01-02');
  });
});
