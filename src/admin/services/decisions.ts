import type { SeatView, StayView } from './review';

/** An application as a decision left it (the function's reply): approved, rejected, checked in… */
export type Decision = { kind: 'stays'; app: StayView } | { kind: 'seats'; app: SeatView };

const listeners = new Set<(decision: Decision) => void>();

/**
 * Tells the pages still open under the one that decided (the queue, today's desk: Taro keeps them in the page stack,
 * hidden) that an application changed, so the operator who goes back finds the list where they left it, with the
 * application as it now is, and the counts up to date.
 */
export function announceDecision(decision: Decision): void {
  listeners.forEach((listener) => listener(decision));
}

export function onDecision(listener: (decision: Decision) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
