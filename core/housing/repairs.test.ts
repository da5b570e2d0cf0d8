import {
  acceptRepair,
  confirmedWithoutLease,
  leasePeriodOf,
  leaseRepair,
  offerRepair,
  strayOffers,
  strayViewings,
  type LeaseRepair,
  type OfferHolder,
  type ViewingHolder,
} from './repairs';
import type { ApartmentLease, BlockAllocation } from './records';
import type { UnitPeriod } from './unit-periods';

const period = (start: string, end: string, kind: UnitPeriod['kind'] = 'lease', holderId = 'app-1'): UnitPeriod => ({
  start,
  end,
  holderId,
  kind,
  expiresOn: kind === 'offer' ? '2026-06-05' : null,
});
type Lease = Parameters<typeof leaseRepair>[0];
const lease = (fields: Partial<ApartmentLease>): Lease => ({
  applicationId: 'app-1',
  status: 'active',
  end: '2027-01-01',
  months: 12,
  renewals: [],
  blockId: null,
  ...fields,
});
const renewed = { end: '2028-01-01', months: 24, renewals: [{ on: '2026-11-15', months: 12, end: '2028-01-01' }] };
const UNIT = period('2026-01-01', '2027-01-01');

describe('leaseRepair: the unit follows its lease after a change cut short', () => {
  it.each<[string, Lease, UnitPeriod | undefined, LeaseRepair]>([
    ['lease and unit agree', lease({}), UNIT, { kind: 'none' }],
    ['ended on its own end (nothing to change on the unit)', lease({ status: 'ended' }), UNIT, { kind: 'none' }],
    [
      'a notice written, the unit not shortened',
      lease({ status: 'ending', end: '2026-09-01' }),
      UNIT,
      { kind: 'change', change: { kind: 'shorten', holderId: 'app-1', end: '2026-09-01' }, undo: null },
    ],
    [
      "a move-out before the lease's end",
      lease({ status: 'ended', end: '2026-08-15' }),
      UNIT,
      { kind: 'change', change: { kind: 'shorten', holderId: 'app-1', end: '2026-08-15' }, undo: null },
    ],
    [
      'a move-out of a lease not begun (ended on its start): the period goes',
      lease({ status: 'ended', end: '2026-01-01' }),
      UNIT,
      { kind: 'change', change: { kind: 'release', holderId: 'app-1' }, undo: null },
    ],
    [
      'a renewal written, the unit not extended: extended, or else the renewal is taken back',
      lease(renewed),
      UNIT,
      {
        kind: 'change',
        change: { kind: 'extend', holderId: 'app-1', end: '2028-01-01' },
        undo: { renewedEnd: '2028-01-01', fields: { end: '2027-01-01', months: 12, renewals: [] } },
      },
    ],
    [
      'a second renewal: only the last is taken back',
      lease({
        end: '2029-01-01',
        months: 36,
        renewals: [...renewed.renewals, { on: '2027-11-15', months: 12, end: '2029-01-01' }],
      }),
      period('2026-01-01', '2028-01-01'),
      {
        kind: 'change',
        change: { kind: 'extend', holderId: 'app-1', end: '2029-01-01' },
        undo: { renewedEnd: '2029-01-01', fields: { end: '2028-01-01', months: 24, renewals: renewed.renewals } },
      },
    ],
    ['longer than the unit with no renewal to explain it: left alone', lease({ end: '2028-01-01' }), UNIT, { kind: 'none' }],
    ['longer than the unit, and ended: left alone', lease({ ...renewed, status: 'ended' }), UNIT, { kind: 'none' }],
    [
      "a unit of an employer's block: left to the block sweep",
      lease({ status: 'ended', end: '2026-08-15', blockId: 'b1' }),
      UNIT,
      { kind: 'none' },
    ],
    ['no lease period on the unit (an offer still, or nothing)', lease({ end: '2026-08-15' }), undefined, { kind: 'none' }],
  ])('%s', (_what, l, p, expected) => {
    expect(leaseRepair(l, p)).toEqual(expected);
  });
});

describe('leasePeriodOf', () => {
  it("finds the holder's lease period, not its offer nor another holder's", () => {
    const periods = [period('2026-01-01', '2027-01-01', 'offer'), period('2027-01-01', '2028-01-01', 'lease', 'app-2')];
    expect(leasePeriodOf(periods, 'app-1')).toBeUndefined();
    expect(leasePeriodOf([...periods, UNIT], 'app-1')).toBe(UNIT);
  });
});

describe('acceptRepair: an accept cut short before its lease', () => {
  const TODAY = '2026-06-05';
  it.each<[string, UnitPeriod[], 'finish' | 'undo']>([
    ['the unit took the accept (a lease period)', [period('2026-07-01', '2027-07-01')], 'finish'],
    ['the unit still holds the offer, on its last day', [period('2026-07-01', '2027-07-01', 'offer')], 'finish'],
    ['the offer lapsed (past its last day)', [{ ...period('2026-07-01', '2027-07-01', 'offer'), expiresOn: '2026-06-04' }], 'undo'],
    ['the unit went to another household', [period('2026-07-01', '2027-07-01', 'lease', 'app-2')], 'undo'],
    ['the unit holds nothing', [], 'undo'],
  ])('%s: %s', (_what, periods, expected) => {
    expect(acceptRepair({ holderId: 'app-1', periods, today: TODAY })).toBe(expected);
  });
});

describe('offerRepair: an offer cut short before the unit', () => {
  const TODAY = '2026-06-05';
  const held = period('2026-07-01', '2027-07-01', 'offer');
  it.each<[string, string, UnitPeriod[], 'none' | 'back-to-list']>([
    ['the unit holds the offer', '2026-06-05', [held], 'none'],
    ['the unit holds nothing of it, the offer open until today', '2026-06-05', [], 'back-to-list'],
    [
      "the unit holds another household's period only",
      '2026-06-08',
      [period('2026-07-01', '2027-07-01', 'lease', 'app-2')],
      'back-to-list',
    ],
    ['the offer is past its last day: the sweep lapses it, as any', '2026-06-04', [], 'none'],
  ])('%s', (_what, expiresOn, periods, expected) => {
    expect(offerRepair({ holderId: 'app-1', offer: { expiresOn }, periods, today: TODAY })).toBe(expected);
  });
});

describe("strayOffers: a unit's offers whose household is no longer offered it", () => {
  const TODAY = '2026-06-05';
  const offerOf = (holderId: string, expiresOn = '2026-06-06'): UnitPeriod => ({
    ...period('2026-07-01', '2027-07-01', 'offer', holderId),
    expiresOn,
  });
  const holder = (status: string, offerUnitId: string | null, settled = true): OfferHolder => ({ status, offerUnitId, settled });
  it.each<[string, UnitPeriod[], Array<[string, OfferHolder]>, string[]]>([
    ['offered this unit: kept', [offerOf('a')], [['a', holder('offered', 'u1')]], []],
    ['declined (back on the list): given back', [offerOf('a')], [['a', holder('waiting', null)]], ['a']],
    [
      'withdrawn or removed: given back',
      [offerOf('a'), offerOf('b')],
      [
        ['a', holder('withdrawn', null)],
        ['b', holder('removed', null)],
      ],
      ['a', 'b'],
    ],
    ['offered another unit since: given back', [offerOf('a')], [['a', holder('offered', 'u2')]], ['a']],
    ['its change within the grace (a decline on its way to the unit): kept', [offerOf('a')], [['a', holder('waiting', null, false)]], []],
    ['no application for the holder: left alone', [offerOf('a')], [], []],
    ['a lapsed offer: not live, nothing to give back', [offerOf('a', '2026-06-04')], [['a', holder('waiting', null)]], []],
    [
      "a lease is not an offer: the lease repairs' business",
      [period('2026-07-01', '2027-07-01', 'lease', 'a')],
      [['a', holder('ended', null)]],
      [],
    ],
  ])('%s', (_what, periods, holders, expected) => {
    expect(strayOffers({ unitId: 'u1', periods, holders: new Map(holders), today: TODAY })).toEqual(expected);
  });
});

describe("strayViewings: a slot's bookings whose household no longer names the slot", () => {
  const SLOT = 'apt-a_2026-06-06_1000';
  const holder = (status: string, slotId: string | null, settled = true): ViewingHolder => ({ status, slotId, settled });
  it.each<[string, Array<[string, ViewingHolder]>, string[]]>([
    ['offered, naming this slot: kept', [['a', holder('offered', SLOT)]], []],
    ['leased, naming this slot (accepted before the viewing): kept', [['a', holder('leased', SLOT)]], []],
    [
      'declined, withdrawn, lapsed or removed (the viewing cleared): given back',
      [
        ['a', holder('waiting', null)],
        ['b', holder('withdrawn', null)],
        ['c', holder('removed', null)],
      ],
      ['a', 'b', 'c'],
    ],
    ['naming another slot (a booking cut short, then another): given back', [['a', holder('offered', 'apt-a_2026-06-07_1000')]], ['a']],
    ['offered, naming none: kept (a booking on its way to the application)', [['a', holder('offered', null)]], []],
    ['leased, naming none: given back', [['a', holder('leased', null)]], ['a']],
    ['its change within the grace (a withdrawal on its way to the slot): kept', [['a', holder('withdrawn', null, false)]], []],
    ['no application for the booker: left alone', [], []],
  ])('%s', (_what, holders, expected) => {
    const bookings = holders.length > 0 ? holders.map(([id]) => id) : ['gone'];
    expect(strayViewings({ slotId: SLOT, bookings, holders: new Map(holders) })).toEqual(expected);
  });
});

describe('confirmedWithoutLease: block units confirmed whose lease was not stored', () => {
  const at = new Date('2026-06-01T02:00:00Z');
  const tenant = { person: { name: '何书桓' } as never, idHash: 'h', namedAt: at, code: 'c1' };
  const unit = (holderId: string, fields: Partial<BlockAllocation>): BlockAllocation => ({
    unitId: `${holderId}-unit`,
    holderId,
    tenant,
    ownerId: 'tenant-1',
    leaseId: `lease-${holderId}`,
    confirmedAt: at,
    lapsed: null,
    ...fields,
  });
  it.each<[string, BlockAllocation, string[]]>([
    ['confirmed, its lease stored', unit('b-1', {}), ['lease-b-1']],
    ['named, not confirmed yet', unit('b-1', { ownerId: null, leaseId: null, confirmedAt: null }), []],
    ['not named', unit('b-1', { tenant: null, ownerId: null, leaseId: null, confirmedAt: null }), []],
    ['lapsed since (given back to the building)', unit('b-1', { lapsed: { on: '2026-06-10', why: 'not-named', released: true } }), []],
  ])('%s: nothing to finish', (_what, allocation, leased) => {
    expect(confirmedWithoutLease([allocation], new Set(leased))).toEqual([]);
  });
  it('finds the one confirmed whose lease is missing, among others', () => {
    const missing = unit('b-2', {});
    expect(
      confirmedWithoutLease([unit('b-1', {}), missing, unit('b-3', { ownerId: null, leaseId: null })], new Set(['lease-b-1'])),
    ).toEqual([missing]);
  });
});
