import { seatNumberProblems } from './rules';
import { seatHolders, seatNumbersKeptUntil, seatVersions, takenDuring } from './seat-map';

const period = { first: '2026-03-01', end: '2026-04-01' } as const;
const check = (others: ReturnType<typeof seatHolders>, seatNumbers = [1, 2]) =>
  seatNumberProblems({ seatNumbers, seats: seatNumbers.length, capacity: 20, period, others });

describe('seatHolders', () => {
  it('a seat reserved in the map by another application clashes before that application is approved', () => {
    const map = { _id: 's', taken: { 'seat-b': { t1: { seatNumbers: [2], first: '2026-03-15', end: '2026-04-15' } } } };
    expect(check(seatHolders({ map, applicationId: 'seat-a', approved: [] }))).toHaveLength(1);
  });

  it("the application's own earlier attempts do not block it (a retry after a crash)", () => {
    const map = { _id: 's', taken: { 'seat-a': { t1: { seatNumbers: [1, 2], first: period.first, end: period.end } } } };
    expect(check(seatHolders({ map, applicationId: 'seat-a', approved: [] }))).toEqual([]);
  });

  it('approved applications outside the map still count; a term ending the day this one starts does not overlap', () => {
    const approved = [
      { _id: 'seat-c', seatNumbers: [1], held: { first: '2026-02-01', end: '2026-03-01' } },
      { _id: 'seat-d', seatNumbers: [2], held: { first: '2026-03-31', end: '2026-04-30' } },
    ];
    const problems = check(seatHolders({ map: null, applicationId: 'seat-a', approved }));
    expect(problems.map((p) => p.message.en)).toEqual(['Seat(s) 2 are already assigned for these dates']);
  });
});

describe('seatVersions', () => {
  it('a number never reserved reads null (the condition is "still absent"), others their count', () => {
    expect(seatVersions({ _id: 's', versions: { '2': 3 } }, [1, 2])).toEqual({ '1': null, '2': 3 });
  });
});

describe('takenDuring', () => {
  const period = { first: '2026-12-01', end: '2026-12-31' };
  it('lists numbers held on any day of the term, not those of a term that ends the day it starts', () => {
    const others = [
      { seatNumbers: [3, 1], held: { first: '2026-11-01', end: '2026-12-02' } },
      { seatNumbers: [7], held: { first: '2026-11-01', end: '2026-12-01' } },
      { seatNumbers: [9], held: { first: '2026-12-30', end: '2027-01-30' } },
      { seatNumbers: [4], held: null },
    ];
    expect(takenDuring({ period, others })).toEqual([1, 3, 9]);
  });
});

describe('seatNumbersKeptUntil', () => {
  it.each([
    ['a term ended early keeps its numbers through its last day used', 'ended-early', '2026-12-10', '2026-12-11'],
    ['cancelled: they go back at once', 'cancelled', undefined, null],
    ['rejected', 'rejected', undefined, null],
    ['referred', 'referred', undefined, null],
    ['expired', 'expired', undefined, null],
    ['a term that ran to its end: nothing left to keep', 'ended', undefined, null],
  ] as const)('%s', (_case, to, lastDay, until) => {
    expect(seatNumbersKeptUntil({ to, lastDay })).toBe(until);
  });
});
