import { leftoverDays, SEAT_DONE_HOLDING } from './holds';

describe('leftoverDays', () => {
  const dates = ['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];
  const today = '2026-12-02';
  it('a seat application is done holding in exactly its final statuses', () => {
    expect([...SEAT_DONE_HOLDING].sort()).toEqual(['cancelled', 'ended', 'ended-early', 'expired', 'referred', 'rejected']);
  });
  it.each([
    ['cancelled: every day from today on', 'cancelled', '2027-01-01', ['2026-12-02', '2026-12-03', '2026-12-04']],
    ['rejected', 'rejected', '2027-01-01', ['2026-12-02', '2026-12-03', '2026-12-04']],
    ['referred', 'referred', '2027-01-01', ['2026-12-02', '2026-12-03', '2026-12-04']],
    ['expired', 'expired', '2027-01-01', ['2026-12-02', '2026-12-03', '2026-12-04']],
    ['ended early, its last day the 3rd (endDate the 4th): the days after it', 'ended-early', '2026-12-04', ['2026-12-04']],
    ['ended early, its last day today: the days after today', 'ended-early', '2026-12-03', ['2026-12-03', '2026-12-04']],
    ['a term that ran to its end keeps its days', 'ended', '2026-12-05', []],
    ['pending holds its days', 'pending', '2027-01-01', []],
    ['approved', 'approved', '2027-01-01', []],
  ] as const)('%s', (_case, status, endDate, leftover) => {
    // Every status is either holding or done: whether the hold is settled changes nothing.
    expect(leftoverDays({ app: { status, endDate }, dates, today, settled: true })).toEqual(leftover);
    expect(leftoverDays({ app: { status, endDate }, dates, today, settled: false })).toEqual(leftover);
  });
});
