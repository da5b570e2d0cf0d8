import { holderPlaces, statusesDoneHolding } from './leftovers';

describe('statusesDoneHolding', () => {
  const statuses = ['new', 'held', 'paused', 'closed', 'dropped'] as const;
  it.each([
    [
      'a status with no way back to holding is done',
      { a: { from: ['new'], to: 'held' }, b: { from: ['held'], to: 'closed' } },
      ['paused', 'closed', 'dropped'],
    ],
    [
      'a status that leads back to holding, even through another, is not',
      { a: { from: ['held'], to: 'paused' }, b: { from: ['paused'], to: 'new' }, c: { from: ['new'], to: 'held' } },
      ['closed', 'dropped'],
    ],
    ['with no transitions, only the holding statuses may hold', {}, ['new', 'paused', 'closed', 'dropped']],
  ] as const)('%s', (_case, transitions, done) => {
    expect(statusesDoneHolding({ statuses, holding: ['held'], transitions })).toEqual(done);
  });
});

describe('holderPlaces', () => {
  it.each([
    ['nothing held', {}, []],
    [
      'dates before `from` are left out',
      { 'a|2026-12-05': 1, 'a|2026-12-06': 1 },
      [{ holder: 'a', n: 1, dates: ['2026-12-06'], heldAt: null }],
    ],
    [
      'grouped by holder, dates in order',
      { 'b|2026-12-09': 1, 'a|2026-12-08': 1, 'b|2026-12-07': 1 },
      [
        { holder: 'b', n: 1, dates: ['2026-12-07', '2026-12-09'], heldAt: null },
        { holder: 'a', n: 1, dates: ['2026-12-08'], heldAt: null },
      ],
    ],
    [
      'one holder with different numbers of places: one group each (a release gives back one number)',
      { 'a|2026-12-07': 2, 'a|2026-12-08': 3 },
      [
        { holder: 'a', n: 2, dates: ['2026-12-07'], heldAt: null },
        { holder: 'a', n: 3, dates: ['2026-12-08'], heldAt: null },
      ],
    ],
  ] as const)('%s', (_case, holders, expected) => {
    expect(holderPlaces({ holders }, '2026-12-06')).toEqual(expected);
  });

  it('a month written before holders were recorded has none', () => {
    expect(holderPlaces({}, '2026-12-06')).toEqual([]);
  });
});

describe('holderPlaces: when each was held', () => {
  it("carries the instant of the holder's last hold in the month", () => {
    const at = new Date('2026-12-06T02:00:00Z');
    expect(holderPlaces({ holders: { 'a|2026-12-07': 1, 'b|2026-12-07': 1 }, heldAt: { a: at } }, '2026-12-06')).toEqual([
      { holder: 'a', n: 1, dates: ['2026-12-07'], heldAt: at },
      { holder: 'b', n: 1, dates: ['2026-12-07'], heldAt: null },
    ]);
  });
});
