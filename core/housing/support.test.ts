import type { DocumentFile } from '../documents';
import {
  DEFAULT_SUPPORT_POLICY,
  SUPPORT_DOCUMENTS,
  applyRecheck,
  disbursementProblem,
  pendingRechecks,
  purchaseSubsidy,
  recheckStep,
  rentSchedule,
  stopAtRecheck,
  supportAmount,
  supportChecklist,
  supportEligibility,
  supportSchedule,
  type Recheck,
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

describe('what an application amounts to', () => {
  it.each([
    ['rent, young, rent above the tier', 'rent', 'young', 4200, { monthly: 1500, months: 24, total: 36_000 }],
    ['rent, leading, rent below the tier', 'rent', 'leading', 3200, { monthly: 3200, months: 36, total: 115_200 }],
    ['purchase, high-level', 'purchase', 'high-level', null, { monthly: null, months: 0, total: 200_000 }],
    ['purchase, graduate: none', 'purchase', 'graduate', null, { monthly: null, months: 0, total: 0 }],
  ] as const)('%s', (_t, kind, category, monthlyRentPaid, expected) => {
    expect(supportAmount({ policy, kind, category, monthlyRentPaid })).toEqual(expected);
  });

  it('makes the purchase subsidy one entitlement in the first month, and nothing when the tier gives none', () => {
    const facts = { policy, kind: 'purchase' as const, monthlyRentPaid: null, firstMonth: '2026-12' };
    expect(supportSchedule({ ...facts, category: 'leading' })).toEqual([{ month: '2026-12', amount: 500_000, recheck: false }]);
    expect(supportSchedule({ ...facts, category: 'young' })).toEqual([]);
    expect(supportSchedule({ ...facts, kind: 'rent', category: 'graduate', monthlyRentPaid: 800 })).toHaveLength(12);
  });

  it('lists the checklist of the kind, counting the files of each document', () => {
    const docs = [file('rent-contract'), file('rent-contract'), file('labour-contract'), file('passport')];
    expect(supportChecklist('rent', docs)).toEqual([
      { kind: 'labour-contract', files: 1 },
      { kind: 'social-insurance-record', files: 0 },
      { kind: 'rent-contract', files: 2 },
      { kind: 'no-home-declaration', files: 0 },
    ]);
  });
});

describe('the annual re-check', () => {
  // Leading talent: 36 months from 2026-03, re-checks in 2027-03 and 2028-03.
  const schedule = rentSchedule({ policy, category: 'leading', monthlyRentPaid: 6000, firstMonth: '2026-03' });
  const check = (month: string, passed = true): Recheck => ({ month, passed, note: '', on: `${month}-02` });

  it('has the re-check months pending in order until recorded', () => {
    expect(pendingRechecks(schedule, [])).toEqual(['2027-03', '2028-03']);
    expect(pendingRechecks(schedule, [check('2027-03')])).toEqual(['2028-03']);
  });

  it.each([
    ['a year before: nothing', '2026-03-10', [], null],
    ['two months before: nothing', '2027-01-31', [], null],
    ['the month before: remind', '2027-02-01', [], { kind: 'remind', month: '2027-03' }],
    ['the re-check month itself: remind', '2027-03-31', [], { kind: 'remind', month: '2027-03' }],
    ['the month after, unrecorded: lapse', '2027-04-01', [], { kind: 'lapse', month: '2027-03' }],
    ['recorded: the next one is a year off', '2027-04-01', [check('2027-03')], null],
    ['the second one, the month before', '2028-02-10', [check('2027-03')], { kind: 'remind', month: '2028-03' }],
    ['all recorded: nothing ever', '2030-01-01', [check('2027-03'), check('2028-03')], null],
  ] as const)('%s', (_t, today, rechecks, expected) => {
    expect(recheckStep({ schedule, rechecks: [...rechecks], today })).toEqual(expected);
  });

  it('records only the first pending re-check; a passed one keeps the schedule', () => {
    expect(applyRecheck({ schedule, rechecks: [], recheck: check('2028-03') })).toMatchObject({ rule: 'recheck-not-due' });
    const passed = applyRecheck({ schedule, rechecks: [], recheck: check('2027-03') });
    expect(passed).toEqual({ schedule, rechecks: [check('2027-03')], stopped: false });
  });

  it('stops the schedule at a failed re-check', () => {
    const failed = applyRecheck({ schedule, rechecks: [], recheck: check('2027-03', false) });
    expect(failed).toMatchObject({ stopped: true });
    if ('schedule' in failed) {
      expect(failed.schedule).toHaveLength(12);
      expect(pendingRechecks(failed.schedule, failed.rechecks)).toEqual([]);
    }
  });

  it('refuses a re-check when none is pending', () => {
    const purchase = supportSchedule({ policy, kind: 'purchase', category: 'leading', monthlyRentPaid: null, firstMonth: '2026-03' });
    expect(applyRecheck({ schedule: purchase, rechecks: [], recheck: check('2026-03') })).toMatchObject({ rule: 'recheck-not-due' });
  });
});

describe('recording a disbursement', () => {
  const schedule = rentSchedule({ policy, category: 'graduate', monthlyRentPaid: 4000, firstMonth: '2026-03' });
  const twoYears = rentSchedule({ policy, category: 'young', monthlyRentPaid: 4000, firstMonth: '2026-03' });
  const base = {
    schedule,
    rechecks: [] as Recheck[],
    paidMonths: [] as string[],
    today: '2026-06-10',
    paidOn: '2026-06-10',
    approvedOn: '2026-03-05',
  };
  it.each([
    ['a month due', { month: '2026-03' }, null],
    ['paid on the day of approval', { month: '2026-03', paidOn: '2026-03-05' }, null],
    ['paid tomorrow: not paid yet', { month: '2026-05', paidOn: '2026-06-11' }, 'paid-on'],
    ['paid a year ahead (the year mistyped)', { month: '2026-05', paidOn: '2027-05-20' }, 'paid-on'],
    ['paid before the support was approved', { month: '2026-03', paidOn: '2026-03-04' }, 'paid-on'],
    [
      'paid on the last day of the year, recorded on New Year’s Day',
      { month: '2026-12', paidOn: '2026-12-31', today: '2027-01-01', schedule: twoYears },
      null,
    ],
    ['this month', { month: '2026-06' }, null],
    ['a month not in the schedule', { month: '2026-02' }, 'not-in-schedule'],
    ['a later month', { month: '2026-07' }, 'not-yet-due'],
    ['a month paid', { month: '2026-04', paidMonths: ['2026-04'] }, 'already-paid'],
    ['behind a re-check not recorded', { schedule: twoYears, month: '2027-03', today: '2027-03-20' }, 'recheck-pending'],
    [
      'behind a re-check failed',
      {
        schedule: twoYears,
        month: '2027-04',
        today: '2027-05-01',
        rechecks: [{ month: '2027-03', passed: false, note: '', on: '2027-03-02' }],
      },
      'recheck-pending',
    ],
    [
      'after a re-check passed',
      {
        schedule: twoYears,
        month: '2027-03',
        today: '2027-03-20',
        rechecks: [{ month: '2027-03', passed: true, note: '', on: '2027-03-02' }],
      },
      null,
    ],
    ['before the re-check month, unrecorded', { schedule: twoYears, month: '2027-02', today: '2027-03-20' }, null],
  ] as const)('%s', (_t, change, rule) => {
    expect(disbursementProblem({ ...base, ...change } as Parameters<typeof disbursementProblem>[0])?.rule ?? null).toBe(rule);
  });
});
