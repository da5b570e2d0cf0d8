import { boardUnits, daysToEnd, freeByDate, leaseMatches, pendingOffers, renewalOpen, unitsToOfferNow, type LeaseFilter } from './board';
import type { LeaseStatus } from './model';
import { DEFAULT_APARTMENT_POLICY } from './policy';
import type { UnitPeriod } from './unit-periods';

const TODAY = '2026-12-06';
const lease = (start: string, end: string, holderId = 'L'): UnitPeriod => ({ start, end, holderId, kind: 'lease', expiresOn: null });
const offer = (start: string, end: string, expiresOn: string, holderId = 'O'): UnitPeriod => ({
  start,
  end,
  holderId,
  kind: 'offer',
  expiresOn,
});
const unit = (_id: string, periods: UnitPeriod[] = [], status = 'available') => ({ _id, status, periods });

describe('boardUnits', () => {
  const units = [
    unit('leased-till-march', [lease('2026-03-01', '2027-03-01')]),
    unit('free'),
    unit('offered', [offer('2026-12-10', '2027-12-10', '2026-12-08')]),
    unit('lapsed-offer', [offer('2026-12-10', '2027-12-10', '2026-12-05')]),
    unit('maintenance', [], 'maintenance'),
    unit('leased-till-january', [lease('2026-01-01', '2027-01-01')]),
  ];

  it('marks each unit for the wanted period; free ones first, then by the day they free up, maintenance last', () => {
    const rows = boardUnits({ units, start: '2026-12-10', end: '2027-12-10', today: TODAY });
    expect(rows.map((r) => [r.unit._id, r.state, r.freeFrom])).toEqual([
      ['free', 'free', null],
      // A lapsed offer holds nothing (as changePeriods decides).
      ['lapsed-offer', 'free', null],
      ['leased-till-january', 'leased', '2027-01-01'],
      ['leased-till-march', 'leased', '2027-03-01'],
      ['offered', 'offered', '2027-12-10'],
      ['maintenance', 'maintenance', null],
    ]);
    expect(rows.find((r) => r.unit._id === 'offered')?.holder).toMatchObject({ holderId: 'O', expiresOn: '2026-12-08' });
  });

  it('a period starting on the day a lease ends is free (half-open days)', () => {
    const rows = boardUnits({ units, start: '2027-01-01', end: '2028-01-01', today: TODAY });
    expect(rows.find((r) => r.unit._id === 'leased-till-january')?.state).toBe('free');
    expect(rows.find((r) => r.unit._id === 'leased-till-march')?.state).toBe('leased');
  });

  it('counts the free units from each date, for the lease term', () => {
    const months = (start: string) => `${Number(start.slice(0, 4)) + 1}${start.slice(4)}`;
    const counts = freeByDate({ units, dates: ['2026-12-07', '2027-01-01', '2027-03-01'], months, today: TODAY });
    // From 12-07 the offered unit's period overlaps too; from 01-01 one lease has ended; from 03-01 both have.
    expect(counts).toEqual([
      { date: '2026-12-07', free: 2 },
      { date: '2027-01-01', free: 3 },
      { date: '2027-03-01', free: 4 },
    ]);
  });

  it('lists the live offers, soonest deadline first', () => {
    const more = [...units, unit('offered-2', [offer('2026-12-20', '2027-12-20', '2026-12-07', 'P')])];
    expect(pendingOffers(more, TODAY).map((o) => [o.unit._id, o.period.expiresOn])).toEqual([
      ['offered-2', '2026-12-07'],
      ['offered', '2026-12-08'],
    ]);
  });
});

describe('lease filters', () => {
  const base = { status: 'active' as const, end: '2027-06-01', renewals: [] as unknown[], notice: null as unknown };
  it.each<[string, Partial<typeof base>, LeaseFilter[]]>([
    ['ending in 20 days', { end: '2026-12-26' }, ['all', 'ending-60', 'ending-30']],
    ['ending in 45 days', { end: '2027-01-20' }, ['all', 'ending-60']],
    ['ending in six months', {}, ['all']],
    ['renewed', { renewals: [{}] }, ['all', 'renewed']],
    [
      'notice given',
      { status: 'active', notice: { givenOn: TODAY, moveOut: '2027-01-10' }, end: '2027-01-10' },
      ['all', 'ending-60', 'notice'],
    ],
    ['ended', { status: 'ended' as never, end: '2026-11-01' }, ['all', 'ended']],
  ])('%s matches %j', (_t, fields, expected) => {
    const lease = { ...base, ...fields };
    const filters: LeaseFilter[] = ['all', 'ending-60', 'ending-30', 'renewed', 'notice', 'ended'];
    expect(filters.filter((f) => leaseMatches(lease, f, TODAY))).toEqual(expected);
  });

  it('counts days to the end', () => {
    expect(daysToEnd({ end: '2026-12-16' }, TODAY)).toBe(10);
    expect(daysToEnd({ end: '2026-12-01' }, TODAY)).toBe(-5);
  });
});

describe('renewalOpen', () => {
  const lease: { status: LeaseStatus; start: string; end: string; months: number } = {
    status: 'active',
    start: '2026-01-10',
    end: '2027-01-10',
    months: 12,
  };
  it.each<[string, Partial<typeof lease>, string, boolean]>([
    ['within the window', {}, '2026-12-06', true],
    ['before the window', { end: '2027-06-10' }, '2026-12-06', false],
    ['on the end day', {}, '2027-01-10', false],
    ['at the cumulative cap', { months: 36 }, '2026-12-06', false],
    ['notice given', { status: 'ending' }, '2026-12-06', false],
  ])('%s → %s', (_t, fields, today, expected) => {
    expect(renewalOpen({ lease: { ...lease, ...fields }, today, policy: DEFAULT_APARTMENT_POLICY })).toBe(expected);
  });
});

describe('unitsToOfferNow: what a building that offers automatically offers today', () => {
  const auto = { ...DEFAULT_APARTMENT_POLICY, autoOffer: true, leaseMonths: 12, offerDays: 3 };
  const typed = (_id: string, type: string, periods: UnitPeriod[] = [], status = 'available') => ({ ...unit(_id, periods, status), type });
  const unitTypes = { studio: {}, 'one-room': {} };

  it.each([
    ['a free unit', typed('u', 'studio'), true],
    ['a unit whose offer lapsed yesterday', typed('u', 'studio', [offer('2026-12-10', '2027-12-10', '2026-12-05')]), true],
    ['a unit whose lease ended yesterday', typed('u', 'studio', [lease('2025-12-05', '2026-12-05')]), true],
    ['a unit whose lease ends today: free from today', typed('u', 'studio', [lease('2025-12-06', '2026-12-06')]), true],
    // Offered today with 3 days to accept: the lease starts on 10 December.
    ['a unit leased until the automatic lease starts', typed('u', 'studio', [lease('2025-12-10', '2026-12-10')]), true],
    ['a unit leased a day beyond it', typed('u', 'studio', [lease('2025-12-11', '2026-12-11')]), false],
    ['a unit offered to someone, not yet lapsed', typed('u', 'studio', [offer('2026-12-10', '2027-12-10', '2026-12-08')]), false],
    ['a unit leased until March', typed('u', 'studio', [lease('2026-03-01', '2027-03-01')]), false],
    ['a unit leased from next year: not free for a whole term', typed('u', 'studio', [lease('2027-06-01', '2028-06-01')]), false],
    ['a unit under maintenance', typed('u', 'studio', [], 'maintenance'), false],
    ['a unit of a type the building no longer lets', typed('u', 'two-rooms'), false],
  ])('%s: offered %s', (_t, u, offered) => {
    expect(unitsToOfferNow({ policy: auto, unitTypes, units: [u], today: TODAY }).units.length).toBe(offered ? 1 : 0);
  });

  it('a building whose policy leaves offers to the operator offers nothing by itself', () => {
    expect(unitsToOfferNow({ policy: DEFAULT_APARTMENT_POLICY, unitTypes, units: [typed('u', 'studio')], today: TODAY }).units).toEqual([]);
  });
});
