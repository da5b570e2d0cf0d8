import { newBucket, overbookedDates, type CapacityBucket } from '../capacity/buckets';
import { planCapacityChange } from './capacity';

const bucket = (month: string, capacity: number, held: Record<string, number>): CapacityBucket => {
  const b = newBucket('s1', month, capacity);
  for (const [date, n] of Object.entries(held)) {
    b.held[date] = n;
    b.free[date] = capacity - n;
  }
  return b;
};

describe('planCapacityChange', () => {
  const today = '2026-11-20';
  it.each([
    ['raising adds the difference to free on every date', 10, 12, { '2026-11-25': 4 }, { '2026-11-25': 8, '2026-11-26': 12 }],
    ['lowering to exactly what is held leaves 0 free', 10, 4, { '2026-11-25': 4 }, { '2026-11-25': 0, '2026-11-26': 4 }],
    [
      'a past date held above the new capacity is history, not a conflict',
      10,
      2,
      { '2026-11-05': 5 },
      { '2026-11-05': 0, '2026-11-26': 2 },
    ],
  ])('%s', (_title, from, to, held, expectedFree) => {
    const plan = planCapacityChange({ buckets: [bucket('2026-11', from, held)], capacity: to, today });
    expect(plan.conflicts).toEqual([]);
    expect(plan.updates).toHaveLength(1);
    expect(plan.updates[0]).toMatchObject({ id: 's1:2026-11', capacity: to });
    for (const [date, free] of Object.entries(expectedFree)) expect(plan.updates[0].free[date]).toBe(free);
    const after = { ...bucket('2026-11', from, held), capacity: to, free: plan.updates[0].free };
    expect(overbookedDates(after).filter((d) => d >= today)).toEqual([]);
  });

  it.each([
    ['today', '2026-11-20'],
    ['a later month', '2026-12-03'],
  ])('refuses lowering below what is held on %s, and plans no update at all', (_title, date) => {
    const buckets = [bucket('2026-11', 10, { '2026-11-21': 1 }), bucket(date.slice(0, 7), 10, { [date]: 6 })];
    const plan = planCapacityChange({ buckets, capacity: 5, today });
    expect(plan.conflicts).toEqual([{ date, held: 6 }]);
    expect(plan.updates).toEqual([]);
  });

  it('leaves months before the current one alone', () => {
    const plan = planCapacityChange({
      buckets: [bucket('2026-10', 10, { '2026-10-10': 9 }), bucket('2026-12', 10, {})],
      capacity: 3,
      today,
    });
    expect(plan.conflicts).toEqual([]);
    expect(plan.updates.map((u) => u.id)).toEqual(['s1:2026-12']);
  });
});
