import type { DocumentFile } from '../documents';
import {
  DEFAULT_SUPPORT_POLICY,
  SUPPORT_DOCUMENTS,
  purchaseSubsidy,
  rentSchedule,
  stopAtRecheck,
  supportEligibility,
  type SupportEligibilityInput,
} from './support';

const file = (kind: DocumentFile['kind']): DocumentFile => ({ kind, fileId: `cloud://env.b/${kind}.pdf`, type: 'pdf', size: 100 });
const policy = DEFAULT_SUPPORT_POLICY;
const rentOk: SupportEligibilityInput = {
  policy,
  kind: 'rent',
  category: 'young',
  employerInDistrict: true,
  ownsHomeInShanghai: false,
  documents: SUPPORT_DOCUMENTS.rent.map(file),
  hasActiveOfKind: false,
};
const failed = (change: Partial<SupportEligibilityInput>) => supportEligibility({ ...rentOk, ...change }).map((r) => r.rule);

describe('housing support eligibility', () => {
  it.each<[string, Partial<SupportEligibilityInput>, string[]]>([
    ['rent support with every document', {}, []],
    ['a second rent application', { hasActiveOfKind: true }, ['one-per-kind']],
    ['an employer outside the district', { employerInDistrict: false }, ['employer-in-district']],
    ['rent support while owning a home', { ownsHomeInShanghai: true }, ['no-home']],
    ['no rent contract', { documents: SUPPORT_DOCUMENTS.rent.filter((k) => k !== 'rent-contract').map(file) }, ['document-rent-contract']],
    [
      'purchase subsidy for a leading talent',
      { kind: 'purchase', category: 'leading', documents: SUPPORT_DOCUMENTS.purchase.map(file) },
      [],
    ],
    [
      'purchase subsidy while owning a home (the home bought)',
      { kind: 'purchase', category: 'leading', ownsHomeInShanghai: true, documents: SUPPORT_DOCUMENTS.purchase.map(file) },
      [],
    ],
    [
      'purchase subsidy for a young talent: none in the tiers',
      { kind: 'purchase', documents: SUPPORT_DOCUMENTS.purchase.map(file) },
      ['support-tier'],
    ],
    [
      'purchase without any document',
      { kind: 'purchase', category: 'high-level', documents: [] },
      ['document-labour-contract', 'document-social-insurance-record', 'document-purchase-contract'],
    ],
  ])('%s → %j', (_t, change, expected) => {
    expect(failed(change)).toEqual(expected);
  });

  it('refuses a category the policy has no tier for', () => {
    expect(failed({ policy: { ...policy, tiers: [] } })).toEqual(['support-tier']);
  });
});

describe('the rent support schedule', () => {
  it('pays the tier amount monthly from the first month, across the year end', () => {
    const schedule = rentSchedule({ policy, category: 'graduate', monthlyRentPaid: 4000, firstMonth: '2026-12' });
    expect(schedule).toHaveLength(12);
    expect(schedule[0]).toEqual({ month: '2026-12', amount: 1000, recheck: false });
    expect(schedule[1].month).toBe('2027-01');
    expect(schedule[11].month).toBe('2027-11');
  });

  it('never pays more than the rent paid', () => {
    expect(rentSchedule({ policy, category: 'leading', monthlyRentPaid: 3200, firstMonth: '2027-01' })[0].amount).toBe(3200);
  });

  it('marks the first month of each later year for the re-check', () => {
    const schedule = rentSchedule({ policy, category: 'young', monthlyRentPaid: 5000, firstMonth: '2026-03' });
    expect(schedule.filter((e) => e.recheck).map((e) => e.month)).toEqual(['2027-03']);
  });

  it('stops at a failed re-check and keeps the months before it', () => {
    const schedule = rentSchedule({ policy, category: 'young', monthlyRentPaid: 5000, firstMonth: '2026-03' });
    const stopped = stopAtRecheck(schedule, '2027-03');
    expect(stopped.map((e) => e.month).at(-1)).toBe('2027-02');
    expect(stopped).toHaveLength(12);
  });

  it('has no schedule for a category without a tier', () => {
    expect(rentSchedule({ policy: { ...policy, tiers: [] }, category: 'young', monthlyRentPaid: 1, firstMonth: '2026-01' })).toEqual([]);
  });

  it.each([
    ['leading', 500_000],
    ['young', 0],
  ] as const)('purchase subsidy of %s is %d', (category, amount) => {
    expect(purchaseSubsidy(policy, category)).toBe(amount);
  });
});
