import { AppError } from '../contract/errors';
import { STAY_STATUSES, type StayStatus } from './model';
import { nextStayStatus, STAY_TRANSITIONS, type Actor, type StayEvent } from './state';

const ACTORS: Actor[] = ['owner', 'operator', 'system'];
const outcome = (status: StayStatus, event: StayEvent, actor: Actor) => {
  try {
    return nextStayStatus({ status, event, actor });
  } catch (error) {
    return (error as AppError).code;
  }
};

/** Every (event, status, actor) triple: allowed ones give the target status, the rest are refused with a code. */
const cases = (Object.keys(STAY_TRANSITIONS) as StayEvent[]).flatMap((event) =>
  STAY_STATUSES.flatMap((status) => ACTORS.map((actor) => [event, status, actor] as const)),
);

describe('stay state machine', () => {
  it.each([
    ['approve', 'pending', 'operator', 'approved'],
    ['reject', 'pending', 'operator', 'rejected'],
    ['reject', 'waitlisted', 'operator', 'rejected'],
    ['cancel', 'pending', 'owner', 'cancelled'],
    ['cancel', 'approved', 'owner', 'cancelled'],
    ['cancel', 'waitlisted', 'owner', 'cancelled'],
    ['cancel', 'offered', 'owner', 'cancelled'],
    ['checkIn', 'approved', 'operator', 'checked-in'],
    ['checkOut', 'checked-in', 'operator', 'checked-out'],
    ['markNoShow', 'approved', 'operator', 'no-show'],
    ['markNoShow', 'approved', 'system', 'no-show'],
    ['expire', 'pending', 'system', 'expired'],
    ['offer', 'waitlisted', 'system', 'offered'],
    ['confirmOffer', 'offered', 'owner', 'pending'],
    ['expireOffer', 'offered', 'system', 'expired'],
  ] as const)('%s from %s by %s → %s', (event, status, actor, to) => {
    expect(outcome(status, event, actor)).toBe(to);
  });

  it.each([
    ['approving twice', 'approve', 'approved', 'operator', 'CONFLICT'],
    ['an applicant approving their own stay', 'approve', 'pending', 'owner', 'FORBIDDEN'],
    ['cancelling after check-in', 'cancel', 'checked-in', 'owner', 'CONFLICT'],
    ['an operator cancelling for the applicant', 'cancel', 'pending', 'operator', 'FORBIDDEN'],
    ['checking in a pending stay', 'checkIn', 'pending', 'operator', 'CONFLICT'],
    ['checking out without check-in', 'checkOut', 'approved', 'operator', 'CONFLICT'],
    ['rejecting an approved stay', 'reject', 'approved', 'operator', 'CONFLICT'],
    ['a no-show after check-in', 'markNoShow', 'checked-in', 'operator', 'CONFLICT'],
    ['an operator expiring by hand', 'expire', 'pending', 'operator', 'FORBIDDEN'],
    ['confirming an offer that lapsed', 'confirmOffer', 'expired', 'owner', 'CONFLICT'],
  ] as const)('refuses %s with %s', (_t, event, status, actor, code) => {
    expect(outcome(status, event, actor)).toBe(code);
  });

  it.each(cases)('%s from %s by %s is decided by the table', (event, status, actor) => {
    const t = STAY_TRANSITIONS[event];
    const expected = !(t.by as readonly Actor[]).includes(actor)
      ? 'FORBIDDEN'
      : (t.from as readonly StayStatus[]).includes(status)
        ? t.to
        : 'CONFLICT';
    expect(outcome(status, event, actor)).toBe(expected);
  });

  it('terminal statuses have no way out', () => {
    for (const status of ['checked-out', 'rejected', 'cancelled', 'expired', 'no-show'] as const) {
      for (const t of Object.values(STAY_TRANSITIONS)) expect((t.from as readonly string[]).includes(status)).toBe(false);
    }
  });
});
