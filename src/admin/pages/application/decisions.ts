import type { StayStatus } from '@core/stays/model';
import { STAY_TRANSITIONS } from '@core/stays/state';
import type { SeatStatus } from '@core/workspaces/model';
import { SEAT_TRANSITIONS } from '@core/workspaces/state';

/** The operator's buttons for a stay: the transitions core allows an operator from its status (the server decides again). */
export function stayDecisions(status: StayStatus): Array<'approve' | 'reject' | 'waitlist' | 'checkIn' | 'checkOut' | 'markNoShow'> {
  const ops = ['approve', 'reject', 'waitlist', 'checkIn', 'checkOut', 'markNoShow'] as const;
  return ops.filter((op) => (STAY_TRANSITIONS[op].from as readonly StayStatus[]).includes(status));
}

export function seatDecisions(status: SeatStatus): Array<'assignSeats' | 'reject' | 'refer'> {
  const ops = ['assignSeats', 'reject', 'refer'] as const;
  return ops.filter((op) => (SEAT_TRANSITIONS[op].from as readonly SeatStatus[]).includes(status));
}
