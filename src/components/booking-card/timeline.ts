import type { StayStatus } from '@core/stays/model';
import { STAY_TRANSITIONS } from '@core/stays/state';
import type { SeatStatus } from '@core/workspaces/model';
import type { MessageKey } from '@/i18n';

export type StepState = 'done' | 'current' | 'todo' | 'stopped';
export interface TimelineStep {
  key: MessageKey;
  state: StepState;
}

const STAY_STEPS: MessageKey[] = ['bookings.step.submitted', 'bookings.step.review', 'bookings.step.checkIn', 'bookings.step.checkOut'];
const SEAT_STEPS: MessageKey[] = ['bookings.step.submitted', 'bookings.step.review', 'bookings.step.use'];

/** How far a stay got: the index of the step under way, and whether it stopped there. */
const STAY_PROGRESS: Record<StayStatus, { at: number; stopped?: boolean }> = {
  waitlisted: { at: 1 },
  offered: { at: 1 },
  pending: { at: 1 },
  approved: { at: 2 },
  'checked-in': { at: 3 },
  'checked-out': { at: 4 },
  rejected: { at: 1, stopped: true },
  cancelled: { at: 1, stopped: true },
  expired: { at: 1, stopped: true },
  'no-show': { at: 2, stopped: true },
};

const SEAT_PROGRESS: Record<SeatStatus, { at: number; stopped?: boolean }> = {
  pending: { at: 1 },
  approved: { at: 2 },
  ended: { at: 3 },
  'ended-early': { at: 3 },
  referred: { at: 1, stopped: true },
  rejected: { at: 1, stopped: true },
  cancelled: { at: 1, stopped: true },
  expired: { at: 1, stopped: true },
};

function steps(keys: MessageKey[], progress: { at: number; stopped?: boolean }): TimelineStep[] {
  return keys.map((key, index) => ({
    key,
    state: index < progress.at ? 'done' : index === progress.at ? (progress.stopped ? 'stopped' : 'current') : 'todo',
  }));
}

export const stayTimeline = (status: StayStatus): TimelineStep[] => steps(STAY_STEPS, STAY_PROGRESS[status]);
export const seatTimeline = (status: SeatStatus): TimelineStep[] => steps(SEAT_STEPS, SEAT_PROGRESS[status]);

/** Core's state machine decides what the owner may cancel. */
export const stayCancellable = (status: StayStatus): boolean => (STAY_TRANSITIONS.cancel.from as readonly StayStatus[]).includes(status);

/** What cancelling costs, said before the user confirms. */
export const stayCancelConsequence = (status: StayStatus): MessageKey =>
  status === 'approved'
    ? 'bookings.cancelStayApproved'
    : status === 'waitlisted' || status === 'offered'
      ? 'bookings.cancelWaitlist'
      : 'bookings.cancelStayPending';

/** What the applicant should expect next. */
export function stayNext(status: StayStatus): MessageKey {
  if (status === 'waitlisted' || status === 'offered' || status === 'pending' || status === 'approved' || status === 'checked-in')
    return `bookings.next.${status}`;
  return 'bookings.next.closed';
}

export function seatNext(status: SeatStatus): MessageKey {
  if (status === 'pending') return 'bookings.next.pending';
  if (status === 'approved') return 'bookings.next.seatApproved';
  return 'bookings.next.closed';
}
