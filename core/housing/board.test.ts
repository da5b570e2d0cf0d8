import { boardUnits, daysToEnd, freeByDate, leaseMatches, pendingOffers, type LeaseFilter } from './board';
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
