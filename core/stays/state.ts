import { AppError } from '../contract/errors';
import { labelOf } from '../contract/labels';
import { STAY_STATUS_LABELS } from './labels';
import type { StayStatus } from './model';

/** Who makes a transition: the applicant (or the employer who booked), an operator of the station, or the system. */
export type Actor = 'owner' | 'operator' | 'system';

interface Transition {
  from: readonly StayStatus[];
  to: StayStatus;
  by: readonly Actor[];
}

/**
 * The stay's state machine. Submitting creates `pending` (nights held) or `waitlisted` (nothing held); every
 * other change is one of these.
 */
export const STAY_TRANSITIONS = {
  approve: { from: ['pending'], to: 'approved', by: ['operator'] },
  reject: { from: ['pending', 'waitlisted'], to: 'rejected', by: ['operator'] },
  // The operator puts an application on hold: its nights go to others; it is offered nights again in its turn.
  waitlist: { from: ['pending'], to: 'waitlisted', by: ['operator'] },
  cancel: { from: ['waitlisted', 'offered', 'pending', 'approved'], to: 'cancelled', by: ['owner'] },
  checkIn: { from: ['approved'], to: 'checked-in', by: ['operator'] },
  checkOut: { from: ['checked-in'], to: 'checked-out', by: ['operator'] },
  markNoShow: { from: ['approved'], to: 'no-show', by: ['operator', 'system'] },
  expire: { from: ['pending'], to: 'expired', by: ['system'] },
  offer: { from: ['waitlisted'], to: 'offered', by: ['system'] },
  confirmOffer: { from: ['offered'], to: 'pending', by: ['owner'] },
  expireOffer: { from: ['offered'], to: 'expired', by: ['system'] },
} as const satisfies Record<string, Transition>;

export type StayEvent = keyof typeof STAY_TRANSITIONS;

/** The status after `event`, or FORBIDDEN (wrong actor) / CONFLICT (wrong state: no approving twice). */
export function nextStayStatus(input: { status: StayStatus; event: StayEvent; actor: Actor }): StayStatus {
  const transition: Transition = STAY_TRANSITIONS[input.event];
  if (!transition.by.includes(input.actor)) throw new AppError('FORBIDDEN');
  if (!transition.from.includes(input.status)) {
    throw new AppError('CONFLICT', {
      message: {
        'zh-CN': `申请当前状态为「${labelOf(STAY_STATUS_LABELS, input.status, 'zh-CN')}」，无法执行此操作`,
        en: `The application's status is "${labelOf(STAY_STATUS_LABELS, input.status, 'en')}"; this cannot be done now`,
      },
      details: { status: input.status },
    });
  }
  return transition.to;
}
