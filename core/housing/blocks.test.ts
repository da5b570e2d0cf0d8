import { calendarSet } from '../calendar/year-calendar';
import {
  allocationRules,
  blockHolderId,
  blockRequestRules,
  blockTerm,
  blockHolds,
  isStaleAllocation,
  lapsingBlockUnits,
  type BlockRequest,
} from './blocks';
import { DEFAULT_APARTMENT_POLICY } from './policy';

const request: BlockRequest = {
  policy: DEFAULT_APARTMENT_POLICY,
  buildingHasUnitType: true,
  unitsOfType: 10,
  units: 4,
  start: '2026-07-01',
  months: 12,
  today: '2026-06-01',
};

describe('blockRequestRules', () => {
  it.each<[string, Partial<BlockRequest>, string[]]>([
    ['a request that fits', {}, []],
    ['all the units of the type', { units: 10 }, []],
    ['more units than the building has of the type', { units: 11 }, ['block-size']],
    ['a type the building does not list', { buildingHasUnitType: false, units: 11 }, ['unit-type']],
    ['a start today', { start: '2026-06-01' }, ['block-start']],
    ['a start tomorrow', { start: '2026-06-02' }, []],
    ['a start 180 days ahead', { start: '2026-11-28' }, []],
    ['a start 181 days ahead', { start: '2026-11-29' }, ['block-start']],
    ['a term longer than the policy’s lease', { months: 13 }, ['block-term']],
    ['everything wrong at once', { units: 11, start: '2026-05-01', months: 24 }, ['block-size', 'block-start', 'block-term']],
  ])('%s', (_t, overrides, rules) => {
    expect(blockRequestRules({ ...request, ...overrides }).map((r) => r.rule)).toEqual(rules);
  });

  it('explains in both languages', () => {
    expect(blockRequestRules({ ...request, months: 13 })[0].message).toEqual({
      'zh-CN': '租期不超过 12 个月',
      en: 'The term is at most 12 months',
    });
  });
});

describe('blockTerm and blockHolderId', () => {
  it('ends the block like a lease: calendar months from the start', () => {
    expect(blockTerm({ start: '2026-01-31', months: 1 })).toEqual({ start: '2026-01-31', end: '2026-02-28' });
  });
  it('names each unit of a block, from 1', () => {
    expect([0, 1].map((i) => blockHolderId('blk-abc', i))).toEqual(['blk-abc-1', 'blk-abc-2']);
  });
});

describe('allocationRules', () => {
  const block = { buildingId: 'b1', unitType: 'one-room' as const, units: 2 };
  const unit = (
    id: string,
    fields: Partial<{ buildingId: string; type: 'studio' | 'one-room'; status: 'available' | 'maintenance' }> = {},
  ) => ({
    _id: id,
    buildingId: 'b1',
    type: 'one-room' as const,
    status: 'available' as const,
    ...fields,
  });
  const units = [
    unit('u1'),
    unit('u2'),
    unit('u3', { type: 'studio' }),
    unit('u4', { status: 'maintenance' }),
    unit('x1', { buildingId: 'b2' }),
  ];
  it.each<[string, string[], string[]]>([
    ['two units of the type in service', ['u1', 'u2'], []],
    ['one too few', ['u1'], ['block-count']],
    ['the same unit twice', ['u1', 'u1'], ['block-count']],
    ['another type', ['u1', 'u3'], ['block-units']],
    ['a unit in maintenance', ['u1', 'u4'], ['block-units']],
    ['a unit of another building', ['u1', 'x1'], ['block-units']],
    ['a unit that does not exist', ['u1', 'nope'], ['block-units']],
  ])('%s', (_t, unitIds, rules) => {
    expect(allocationRules({ block, unitIds, units }).map((r) => r.rule)).toEqual(rules);
  });
  it('names the units that do not fit', () => {
    expect(allocationRules({ block, unitIds: ['u3', 'u4'], units })[0].message.en).toBe(
      'Not units of that type in service in this building: u3, u4',
    );
  });
});

describe('lapsingBlockUnits', () => {
  const policy = { blockNameWorkingDays: 10, blockConfirmWorkingDays: 5 };
  const calendars = calendarSet([
    {
      year: '2026',
      holidays: ['2026-10-01', '2026-10-02', '2026-10-03', '2026-10-04', '2026-10-05', '2026-10-06', '2026-10-07'],
      workdays: ['2026-09-20', '2026-10-10'],
      source: 'test',
    },
  ]);
  const unit = (n: number, namedOn: string | null = null, confirmed = false, lapsed = false) => ({
    holderId: `blk-1-${n}`,
    unitId: `u-${n}`,
    namedOn,
    confirmed,
    lapsed,
  });
  const block = (
    allocations: ReturnType<typeof unit>[],
    over: Partial<{ status: 'allocated' | 'pending'; allocatedOn: string | null }> = {},
  ) => ({
    status: 'allocated' as const,
    allocatedOn: '2026-09-28',
    allocations,
    ...over,
  });

  // Allocated on Mon 2026-09-28: ten working days skip the National Day week and count Sat 10-10 → last day 2026-10-16.
  it.each([
    ['on the last day to name, nothing lapses', block([unit(1)]), '2026-10-16', []],
    [
      'the day after, an unnamed unit lapses',
      block([unit(1)]),
      '2026-10-17',
      [{ holderId: 'blk-1-1', unitId: 'u-1', why: 'not-named', lastDay: '2026-10-16' }],
    ],
    // Named Fri 2026-10-09: five working days (Sat 10-10 is one) → last day 2026-10-15.
    ['a named unit has its own days to confirm', block([unit(1, '2026-10-09')]), '2026-10-15', []],
    [
      'a named unit not confirmed in time lapses',
      block([unit(1, '2026-10-09')]),
      '2026-10-16',
      [{ holderId: 'blk-1-1', unitId: 'u-1', why: 'not-confirmed', lastDay: '2026-10-15' }],
    ],
    ['a renaming restarts the days to confirm, even past the naming deadline', block([unit(1, '2026-10-16')]), '2026-10-22', []],
    ['a confirmed unit never lapses', block([unit(1, '2026-09-29', true)]), '2026-12-01', []],
    ['a unit lapses once', block([unit(1, null, false, true), unit(2, '2026-10-09', false, true)]), '2026-12-01', []],
    [
      'only the units not acted on lapse',
      block([unit(1, '2026-09-29', true), unit(2), unit(3, '2026-10-20')]),
      '2026-10-19',
      [{ holderId: 'blk-1-2', unitId: 'u-2', why: 'not-named', lastDay: '2026-10-16' }],
    ],
    ['a block not allocated has nothing to give back', block([unit(1)], { status: 'pending' }), '2027-01-01', []],
    ['a block allocated before the day was kept is left alone', block([unit(1)], { allocatedOn: null }), '2027-01-01', []],
  ] as const)('%s', (_name, b, today, expected) => {
    expect(lapsingBlockUnits({ block: b, policy, today, calendars })).toEqual(expected);
  });
});

describe('blockHolds', () => {
  const period = (holderId: string) => ({ holderId });
  it.each([
    ['nothing held', [{ _id: 'u1', periods: [period('app-9')] }], []],
    [
      'every period of one of its holders, on any unit',
      [
        { _id: 'u1', periods: [period('app-9'), period('blk-1-1')] },
        { _id: 'u2', periods: [period('blk-1-2')] },
      ],
      [
        { unitId: 'u1', holderId: 'blk-1-1' },
        { unitId: 'u2', holderId: 'blk-1-2' },
      ],
    ],
    // blk-1-3 is beyond the block's two units; blk-11-1 is another block whose id starts alike.
    ['not another block’s, nor a holder beyond its units', [{ _id: 'u1', periods: [period('blk-1-3'), period('blk-11-1')] }], []],
  ] as const)('%s', (_name, units, expected) => {
    expect(blockHolds({ _id: 'blk-1', units: 2 }, units)).toEqual(expected);
  });
});

describe('isStaleAllocation', () => {
  const at = new Date('2026-10-01T02:00:00Z');
  it.each([
    ['allocating', 4, false],
    ['allocating', 6, true],
    ['allocated', 60, false],
    ['pending', 60, false],
  ] as const)('%s for %i minutes: %s', (status, minutes, stale) => {
    expect(isStaleAllocation({ status, updatedAt: at }, new Date(at.getTime() + minutes * 60_000))).toBe(stale);
  });
});
