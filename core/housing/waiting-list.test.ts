import { DEFAULT_APARTMENT_POLICY, resolveApartmentPolicy } from './policy';
import { afterDecline, rankWaitingList, waitingPosition, type WaitingEntry } from './waiting-list';

const policy = DEFAULT_APARTMENT_POLICY; // tiers: leading+high-level, shortage, young+graduate
const entries: WaitingEntry[] = [
  { id: 'g1', category: 'graduate', queuedAt: '2026-10-01T02:00:00.000Z' },
  { id: 's1', category: 'shortage', queuedAt: '2026-11-01T02:00:00.000Z' },
  { id: 'l1', category: 'leading', queuedAt: '2026-11-20T02:00:00.000Z' },
  { id: 'y1', category: 'young', queuedAt: '2026-09-01T02:00:00.000Z' },
  { id: 'h1', category: 'high-level', queuedAt: '2026-11-05T02:00:00.000Z' },
];

describe('the waiting list', () => {
  it('serves the first tier first, then by time queued within a tier', () => {
    expect(rankWaitingList(policy, entries).map((e) => [e.id, e.tier, e.position])).toEqual([
      ['h1', 0, 1],
      ['l1', 0, 2],
      ['s1', 1, 3],
      ['y1', 2, 4],
      ['g1', 2, 5],
    ]);
  });

  it('breaks an exact tie of time by id, so every reader sees one order', () => {
    const tied: WaitingEntry[] = [
      { id: 'b', category: 'young', queuedAt: '2026-11-01T00:00:00.000Z' },
      { id: 'a', category: 'young', queuedAt: '2026-11-01T00:00:00.000Z' },
    ];
    expect(rankWaitingList(policy, tied).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('puts a category in no tier after every tier', () => {
    const onlyLeading = resolveApartmentPolicy({ priorityTiers: [['leading']] });
    expect(rankWaitingList(onlyLeading, entries).map((e) => e.id)).toEqual(['l1', 'y1', 'g1', 's1', 'h1']);
  });

  it.each([
    ['the head of the list', 'h1', { position: 1, total: 5, aheadByPriority: 0, aheadByTime: 0 }],
    ['behind one of the same tier who queued earlier', 'l1', { position: 2, total: 5, aheadByPriority: 0, aheadByTime: 1 }],
    ['behind two of a higher tier and one earlier', 'g1', { position: 5, total: 5, aheadByPriority: 3, aheadByTime: 1 }],
  ])('explains the place of %s', (_t, id, expected) => {
    expect(waitingPosition(policy, entries, id)).toEqual(expected);
  });

  it('knows no position for someone not on the list', () => {
    expect(waitingPosition(policy, entries, 'nobody')).toBeNull();
  });
});

describe('a declined offer', () => {
  it.each([
    ['first decline, policy move-down', {}, 0, 'move-down'],
    ['the decline that reaches the limit of 2', {}, 1, 'remove'],
    ['first decline, policy remove', { onDecline: 'remove' as const }, 0, 'remove'],
    ['limit of 3, second decline', { maxDeclines: 3 }, 1, 'move-down'],
  ])('%s → %s', (_t, change, declinesBefore, expected) => {
    expect(afterDecline({ policy: resolveApartmentPolicy(change), declinesBefore })).toBe(expected);
  });
});
