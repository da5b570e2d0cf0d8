import type { SignUpStatus } from './model';
import { recountedTaken } from './recount';

const now = new Date('2026-12-06T10:00:00Z');
const old = new Date('2026-12-06T09:00:00Z');
const recent = new Date('2026-12-06T09:50:00Z');
const signUp = (status: SignUpStatus, partySize: number, updatedAt = old) => ({ status, partySize, updatedAt });

describe('recountedTaken', () => {
  it.each([
    ['the count agrees with its sign-ups: nothing to do', 3, old, [signUp('confirmed', 2), signUp('offered', 1)], null],
    ['places taken for a sign-up never stored: given back', 5, old, [signUp('confirmed', 2), signUp('attended', 1)], 3],
    ['a cancellation whose places were never given back', 4, old, [signUp('confirmed', 1), signUp('cancelled', 3)], 1],
    [
      'only holding statuses count (confirmed, offered, attended, no-show)',
      0,
      old,
      [signUp('no-show', 2), signUp('waitlisted', 4), signUp('entered', 1), signUp('lapsed', 1)],
      2,
    ],
    ['a count never recorded as changed (older sessions) is settled', 2, null, [], 0],
    ['the count changed within the grace (a take before its sign-up): wait', 5, recent, [signUp('confirmed', 2)], null],
    [
      'a sign-up changed within the grace (a status before its release): wait',
      4,
      old,
      [signUp('cancelled', 3, recent), signUp('confirmed', 1)],
      null,
    ],
  ] as const)('%s', (_case, taken, countedAt, signUps, expected) => {
    expect(recountedTaken({ taken, countedAt, signUps, now })).toBe(expected);
  });
});
