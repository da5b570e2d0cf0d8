import { allocationRules, blockHolderId, blockRequestRules, blockTerm, type BlockRequest } from './blocks';
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
