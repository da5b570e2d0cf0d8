import { holdsPlaces, type SessionRecord, type SignUpRecord } from './model';

/** The organiser checks guests in from two hours before the start until the end. */
export const CHECK_IN_BEFORE_MS = 2 * 60 * 60 * 1000;

export const checkInOpen = (session: Pick<SessionRecord, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  now.getTime() >= session.startsAt.getTime() - CHECK_IN_BEFORE_MS && now < session.endsAt;

/**
 * A place offered from the waitlist (held for them meanwhile) is accepted by its owner, offered → confirmed, until the
 * session starts (start excluded).
 */
export const canAcceptOffer = (signUp: Pick<SignUpRecord, 'status'>, session: Pick<SessionRecord, 'startsAt'>, now: Date): boolean =>
  signUp.status === 'offered' && now < session.startsAt;

export const sessionOver = (session: Pick<SessionRecord, 'endsAt'>, now: Date): boolean => now >= session.endsAt;

/** The day-before reminder goes out once the session is less than this far off. */
export const REMIND_WITHIN_MS = 24 * 60 * 60 * 1000;

/** The places a session's sign-ups hold: what its `taken` must equal. */
export const placesHeld = (signUps: ReadonlyArray<Pick<SignUpRecord, 'status' | 'partySize'>>): number =>
  signUps.filter((s) => holdsPlaces(s.status)).reduce((n, s) => n + s.partySize, 0);

/** A session over capacity, by its counter or by the places its sign-ups hold (the bench's `events.overbooked`). */
export const isOverbooked = (session: Pick<SessionRecord, 'capacity' | 'taken'>, held: number): boolean =>
  session.taken > session.capacity || held > session.capacity;
