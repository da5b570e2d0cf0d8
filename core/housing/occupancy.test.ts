import type { Occupancy } from './model';
import { clashesWith, freeUnits, occupancyRate, periodsOverlap } from './occupancy';

const lease = (unitId: string, start: string, end: string, holderId = 'L'): Occupancy => ({ unitId, start, end, holderId });

describe('periods of a unit', () => {
  it.each([
    ['a lease that ends exactly when the next one starts', ['2026-01-01', '2027-01-01'], ['2027-01-01', '2028-01-01'], false],
    ['one day of overlap', ['2026-01-01', '2027-01-02'], ['2027-01-01', '2028-01-01'], true],
    ['one inside the other', ['2026-01-01', '2028-01-01'], ['2027-01-01', '2027-02-01'], true],
    ['the same period', ['2026-01-01', '2027-01-01'], ['2026-01-01', '2027-01-01'], true],
    ['well apart', ['2026-01-01', '2026-02-01'], ['2026-03-01', '2026-04-01'], false],
  ])('%s → overlap %s', (_t, [aStart, aEnd], [bStart, bEnd], expected) => {
    expect(periodsOverlap({ start: aStart, end: aEnd }, { start: bStart, end: bEnd })).toBe(expected);
    expect(periodsOverlap({ start: bStart, end: bEnd }, { start: aStart, end: aEnd })).toBe(expected);
  });

  it('finds the clash on the same unit only, and never with the holder itself', () => {
    const taken = [lease('u1', '2026-01-01', '2027-01-01', 'A'), lease('u2', '2026-01-01', '2027-01-01', 'B')];
    expect(clashesWith(taken, lease('u1', '2026-06-01', '2027-06-01', 'C'))).toEqual([taken[0]]);
    expect(clashesWith(taken, lease('u1', '2026-06-01', '2027-06-01', 'A'))).toEqual([]);
    expect(clashesWith(taken, lease('u3', '2026-06-01', '2027-06-01', 'C'))).toEqual([]);
  });

  it('lists units free for the whole period, leaving out units under maintenance', () => {
    const units = [
      { _id: 'u1', status: 'free' },
      { _id: 'u2', status: 'free' },
      { _id: 'u3', status: 'maintenance' },
      { _id: 'u4', status: 'free' },
    ];
    const taken = [lease('u1', '2026-01-01', '2027-01-01'), lease('u2', '2027-06-01', '2028-06-01')];
    expect(freeUnits({ units, occupancies: taken, start: '2027-01-01', end: '2027-06-01' }).map((u) => u._id)).toEqual(['u1', 'u2', 'u4']);
    expect(freeUnits({ units, occupancies: taken, start: '2026-12-01', end: '2027-12-01' }).map((u) => u._id)).toEqual(['u4']);
  });

  it.each([
    ['nothing taken', [], 0],
    ['one of two units all month', [lease('u1', '2026-01-01', '2026-03-01')], 0.5],
    ['a lease from mid-month counts its days only', [lease('u1', '2026-02-15', '2027-01-01')], 14 / 56],
    ['no units', [], 0, 0],
  ])('occupancy in February 2026: %s', (_t, occupancies, expected, unitCount = 2) => {
    expect(occupancyRate({ unitCount, occupancies, from: '2026-02-01', to: '2026-03-01' })).toBeCloseTo(expected, 10);
  });
});
