import { changeSettled } from '../capacity/pending';
import { holdsPlaces, type SignUpStatus } from './model';

/**
 * A session's `taken` as its sign-ups account for it, when the two disagree and can be put right; else null.
 * They disagree after a change cut short between its two writes (a crash, a timeout): places taken for a sign-up
 * never stored, or a cancellation written whose places were never given back. A change still running looks the
 * same for a moment (a take before its sign-up, a status before its release), so nothing is recounted while the
 * count or any sign-up changed within the grace a submit is given (`PENDING_SUBMIT_GRACE_MS`); the caller writes
 * the recount only while the count is still the one read.
 */
export function recountedTaken(input: {
  taken: number;
  countedAt: Date | null;
  signUps: ReadonlyArray<{ status: SignUpStatus; partySize: number; updatedAt: Date }>;
  now: Date;
}): number | null {
  if (!changeSettled(input.countedAt, input.now)) return null;
  if (input.signUps.some((s) => !changeSettled(s.updatedAt, input.now))) return null;
  const held = input.signUps.reduce((sum, s) => sum + (holdsPlaces(s.status) ? s.partySize : 0), 0);
  return held === input.taken ? null : held;
}
