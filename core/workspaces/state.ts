import { AppError } from '../contract/errors';
import type { Actor } from '../stays/state';
import type { SeatStatus } from './model';

interface Transition {
  from: readonly SeatStatus[];
  to: SeatStatus;
  by: readonly Actor[];
}

/** The seat application's state machine; submitting creates `pending` with the seats held. */
export const SEAT_TRANSITIONS = {
  assignSeats: { from: ['pending'], to: 'approved', by: ['operator'] },
  refer: { from: ['pending'], to: 'referred', by: ['operator'] },
  reject: { from: ['pending'], to: 'rejected', by: ['operator'] },
  cancel: { from: ['pending', 'approved'], to: 'cancelled', by: ['owner'] },
  endEarly: { from: ['approved'], to: 'ended-early', by: ['owner', 'operator'] },
  expire: { from: ['pending'], to: 'expired', by: ['system'] },
  end: { from: ['approved'], to: 'ended', by: ['system'] },
} as const satisfies Record<string, Transition>;

export type SeatEvent = keyof typeof SEAT_TRANSITIONS;

/** The status after `event`, or FORBIDDEN (wrong actor) / CONFLICT (wrong state). */
export function nextSeatStatus(input: { status: SeatStatus; event: SeatEvent; actor: Actor }): SeatStatus {
  const transition: Transition = SEAT_TRANSITIONS[input.event];
  if (!transition.by.includes(input.actor)) throw new AppError('FORBIDDEN');
  if (!transition.from.includes(input.status)) throw new AppError('CONFLICT', { details: { status: input.status } });
  return transition.to;
}
