import { abandonedBefore, changeSettled, PENDING_SUBMIT_GRACE_MS, recoveryOf } from './pending';

describe('recoveryOf', () => {
  it.each([
    { case: 'application stored, only the cleanup lost', dates: ['2026-12-01'], stored: true, releasePlaces: false, releaseClaim: false },
    { case: 'died after its hold', dates: ['2026-12-01', '2026-12-02'], stored: false, releasePlaces: true, releaseClaim: true },
    { case: 'waitlisted (no dates) and died', dates: [], stored: false, releasePlaces: false, releaseClaim: true },
    { case: 'waitlisted and stored', dates: [], stored: true, releasePlaces: false, releaseClaim: false },
  ])('$case', ({ dates, stored, releasePlaces, releaseClaim }) => {
    expect(recoveryOf({ dates, n: 1 }, stored)).toEqual({ releasePlaces, releaseClaim });
  });
});

describe('abandonedBefore', () => {
  it('is the grace before now, longer than the longest function timeout (60 s)', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(abandonedBefore(now).toISOString()).toBe('2026-11-23T09:40:00.000Z');
    expect(PENDING_SUBMIT_GRACE_MS).toBeGreaterThan(10 * 60_000);
  });
});

describe('changeSettled', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  it.each([
    ['a hold written before holds recorded their instant', null, true],
    ['a hold older than the grace (20 min)', new Date('2026-12-06T09:39:59Z'), true],
    ['exactly the grace', new Date('2026-12-06T09:40:00Z'), true],
    ['a hold within the grace: a change that holds may still be running', new Date('2026-12-06T09:40:01Z'), false],
    ['a hold just written', now, false],
  ] as const)('%s', (_case, heldAt, settled) => {
    expect(changeSettled(heldAt, now)).toBe(settled);
  });
});
