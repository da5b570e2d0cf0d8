import { FUNCTION_BUDGET_BYTES } from '../../scripts/build-functions';
import { brokenFigures } from '../../scripts/bench/report';

describe('what a bench run fails on (CI prints the figures of a short run)', () => {
  it('passes any times and ratios, however slow, and invariants at 0', () => {
    const figures = new Map([
      ['stays.apply_p99_ms', 99_999],
      ['stays.apply_ratio', 0.01],
      ['fn.stays.cold_load_ms', 5000],
      ['stays.overbooked', 0],
      ['housing.overallocated', 0],
      ['fn.stays.bundle_bytes', FUNCTION_BUDGET_BYTES],
      ['fn.stays.module.zod_bytes', FUNCTION_BUDGET_BYTES * 2],
    ]);
    expect(brokenFigures(figures)).toEqual([]);
  });

  it('fails on any overbooked or overallocated figure other than 0, naming it', () => {
    const figures = new Map([
      ['seats.overbooked', 1],
      ['housing.overallocated', 2],
    ]);
    expect(brokenFigures(figures)).toEqual(['seats.overbooked is 1, not 0', 'housing.overallocated is 2, not 0']);
  });

  it('fails on a function bundle one byte over its budget', () => {
    expect(brokenFigures(new Map([['fn.admin.bundle_bytes', FUNCTION_BUDGET_BYTES + 1]]))).toEqual([
      `fn.admin.bundle_bytes is ${FUNCTION_BUDGET_BYTES + 1}, over the budget of ${FUNCTION_BUDGET_BYTES}`,
    ]);
  });
});
