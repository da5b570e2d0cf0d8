import { addDays } from '../calendar/dates';
import { calendarSet } from '../calendar/year-calendar';
import { earlyEnd, employerConfirmLastDay, leaseOfOffer, leaseReminderDates, leaseTerm, offerLastDay, renewal, tenantRent } from './lease';
import { DEFAULT_APARTMENT_POLICY, resolveApartmentPolicy } from './policy';

const policy = DEFAULT_APARTMENT_POLICY; // 12 months, cap 36, window 60 days, notice 30 days

describe('lease dates', () => {
  it.each([
    ['12 months from the first of a month', '2026-01-01', 12, '2027-01-01'],
    ['from 31 January, one month ends on the last day of February', '2026-01-31', 1, '2026-02-28'],
    ['from 29 February 2028, 12 months', '2028-02-29', 12, '2029-02-28'],
    ['across the year end', '2026-12-31', 12, '2027-12-31'],
  ])('%s', (_t, start, months, end) => {
    expect(leaseTerm(start, months)).toEqual({ start, end });
  });

  it('reminds 60 and 30 days before the move-out day', () => {
    expect(leaseReminderDates(leaseTerm('2026-01-01', 12))).toEqual(['2026-11-02', '2026-12-02']);
  });

  it.each([
    [3000, 0.7, 2100],
    [2999, 0.7, 2099],
    [3000, 1, 3000],
    [3000, 0, 0],
  ])('tenant rent of %d at a share of %d is %d', (listed, rentShare, expected) => {
    expect(tenantRent(listed, resolveApartmentPolicy({ rentShare }))).toBe(expected);
  });

  it('gives an offer made on a date three days, that date excluded', () => {
    expect(offerLastDay('2026-12-30', policy)).toBe('2027-01-02');
  });

  it('gives the employer 5 working days, skipping the 2026 National Day holiday', () => {
    const calendars = calendarSet([
      {
        year: '2026',
        holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
        workdays: ['2026-09-20', '2026-10-10'],
        source: 'test',
      },
    ]);
    expect(employerConfirmLastDay({ submittedOn: '2026-09-30', policy, calendars })).toEqual({ date: '2026-10-13', provisional: false });
    expect(employerConfirmLastDay({ submittedOn: '2026-12-30', policy, calendars }).provisional).toBe(true);
  });
});

describe('renewal', () => {
  const lease = leaseTerm('2026-01-01', 12); // ends 2027-01-01
  it.each([
    ['61 days before the end', '2026-11-01', 0, ['renewal-window']],
    ['exactly 60 days before the end', '2026-11-02', 0, []],
    ['the day before the end', '2026-12-31', 0, []],
    ['on the move-out day itself', '2027-01-01', 0, ['renewal-window']],
    ['with 24 months so far: the last full year', '2026-12-01', 24, []],
    ['with 36 months so far: the cap is reached', '2026-12-01', 36, ['cumulative-cap']],
  ])('%s → %j', (_t, today, monthsSoFar, expected) => {
    const decision = renewal({ lease, today, policy, monthsSoFar });
    expect(decision.ok ? [] : decision.reasons.map((r) => r.rule)).toEqual(expected);
  });

  it('renews from the old end for a full term', () => {
    expect(renewal({ lease, today: '2026-12-01', policy, monthsSoFar: 12 })).toEqual({
      ok: true,
      months: 12,
      term: { start: '2027-01-01', end: '2028-01-01' },
    });
  });

  it.each([
    ['6 months from 31 August: the renewal ends on 31 August, not on the 28th February clamped to', '2026-08-31', 6, 6, '2027-08-31'],
    ['6 months from 30 August, across February of a leap year', '2027-08-30', 6, 6, '2028-08-30'],
    ['12 months from 29 February 2028: a year on is 28 February, two years on too', '2028-02-29', 12, 12, '2030-02-28'],
    ['1 month from 31 January, renewed for 1: the end of March', '2027-01-31', 1, 1, '2027-03-31'],
    ['12 months from 31 December, across two year ends', '2026-12-31', 12, 12, '2028-12-31'],
  ])('renews whole months from the start: %s', (_t, start, leaseMonths, months, end) => {
    const term = leaseTerm(start, leaseMonths);
    const decision = renewal({
      lease: { start, end: term.end },
      today: addDays(term.end, -1),
      policy: resolveApartmentPolicy({ leaseMonths }),
      monthsSoFar: leaseMonths,
    });
    expect(decision).toEqual({ ok: true, months, term: { start: term.end, end } });
  });

  it('a lease whose end is not whole months from its start is renewed from its end', () => {
    const decision = renewal({ lease: { start: '2026-01-10', end: '2027-01-01' }, today: '2026-12-01', policy, monthsSoFar: 12 });
    expect(decision).toEqual({ ok: true, months: 12, term: { start: '2027-01-01', end: '2028-01-01' } });
  });

  it('cuts the term to what the cap leaves', () => {
    const decision = renewal({ lease, today: '2026-12-01', policy, monthsSoFar: 30 });
    expect(decision).toEqual({ ok: true, months: 6, term: { start: '2027-01-01', end: '2027-07-01' } });
  });
});

describe('early termination', () => {
  const lease = leaseTerm('2026-01-01', 12);
  it.each([
    ['exactly 30 days of notice', '2026-06-01', '2026-07-01', []],
    ['29 days of notice', '2026-06-02', '2026-07-01', ['notice-period']],
    ['moving out on the move-in day', '2025-11-01', '2026-01-01', ['move-out-in-lease']],
    ['moving out on the lease end is no early end', '2026-11-01', '2027-01-01', ['move-out-in-lease']],
    ['the day before the lease end', '2026-11-01', '2026-12-31', []],
  ])('%s → %j', (_t, today, moveOut, expected) => {
    expect(earlyEnd({ lease, today, moveOut, policy }).map((r) => r.rule)).toEqual(expected);
  });
});

describe('leaseOfOffer: the lease an accepted offer makes', () => {
  const app = { _id: 'app-1', ownerId: 'owner-1', buildingId: 'b1', unitType: 'one-room' as const, person: { name: '林晓' } as never };
  const offer = { unitId: 'b1-101', start: '2026-07-01', end: '2027-07-01', offeredOn: '2026-06-01', expiresOn: '2026-06-04' };
  const at = new Date('2026-06-02T03:00:00Z');
  it.each([
    ['the listed rent times the share, rounded; the deposit as listed', { 'one-room': { monthlyRent: 2857, deposit: 5000 } }, 2000, 5000],
    ['a unit type no longer listed: nothing to pay recorded', {}, 0, 0],
  ])('%s', (_what, unitTypes, monthlyRent, deposit) => {
    expect(leaseOfOffer({ app, offer, building: { unitTypes: unitTypes as never }, policy, at })).toEqual({
      _id: 'lease-app-1',
      applicationId: 'app-1',
      ownerId: 'owner-1',
      buildingId: 'b1',
      unitId: 'b1-101',
      unitType: 'one-room',
      tenantName: '林晓',
      start: '2026-07-01',
      end: '2027-07-01',
      monthlyRent,
      deposit,
      months: 12,
      status: 'active',
      renewals: [],
      notice: null,
      moveIn: null,
      moveOut: null,
      signedAt: at,
      updatedAt: at,
    });
  });
});
