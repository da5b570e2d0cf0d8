import { addDays, shanghaiDateOf, startOfShanghaiDay } from '../calendar/dates';
import { holdsPlaces, type SessionRecord, type SignUpRecord } from './model';

/** The organiser checks guests in from two hours before the start until the end. */
export const CHECK_IN_BEFORE_MS = 2 * 60 * 60 * 1000;

export const checkInOpen = (session: Pick<SessionRecord, 'startsAt' | 'endsAt'>, now: Date): boolean =>
  now.getTime() >= session.startsAt.getTime() - CHECK_IN_BEFORE_MS && now < session.endsAt;

/**
 * How long a place offered from the waitlist is held for its owner. `holdHours` after the offer, but never later
 * than `closeBeforeStartHours` before the session starts, so a lapsed place can still go to the next on the
 * waitlist in time. An offer made later than that cut-off (a cancellation on the day) is held until the start.
 */
export interface OfferPolicy {
  holdHours: number;
  closeBeforeStartHours: number;
}
export const OFFER_POLICY: OfferPolicy = { holdHours: 24, closeBeforeStartHours: 2 };

const HOUR_MS = 60 * 60 * 1000;

/** The last instant (excluded) at which an offer made at `offeredAt` may be accepted (`OfferPolicy`). */
export function offerDeadline(offeredAt: Date, startsAt: Date, policy: OfferPolicy = OFFER_POLICY): Date {
  const held = offeredAt.getTime() + policy.holdHours * HOUR_MS;
  const cutOff = startsAt.getTime() - policy.closeBeforeStartHours * HOUR_MS;
  if (cutOff <= offeredAt.getTime()) return new Date(startsAt.getTime());
  return new Date(Math.min(held, cutOff));
}

/**
 * A place offered from the waitlist (held for them meanwhile) is accepted by its owner, offered → confirmed, until
 * its deadline (`offerExpiresAt`, excluded) and in any case until the session starts (start excluded).
 */
export const canAcceptOffer = (
  signUp: Pick<SignUpRecord, 'status' | 'offerExpiresAt'>,
  session: Pick<SessionRecord, 'startsAt'>,
  now: Date,
): boolean => signUp.status === 'offered' && now < session.startsAt && !offerLapsed(signUp, now);

/** An offer past its deadline: the scheduler gives its places to the next on the waitlist. */
export const offerLapsed = (signUp: Pick<SignUpRecord, 'status' | 'offerExpiresAt'>, now: Date): boolean =>
  signUp.status === 'offered' && !!signUp.offerExpiresAt && now >= signUp.offerExpiresAt;

export const sessionOver = (session: Pick<SessionRecord, 'endsAt'>, now: Date): boolean => now >= session.endsAt;

/** From its start on, a session takes no more sign-ups, cancellations or offers (an offer could not be accepted). */
export const sessionStarted = (session: Pick<SessionRecord, 'startsAt'>, now: Date): boolean => now >= session.startsAt;

/** The day-before reminder goes out once the session is less than this far off. */
export const REMIND_WITHIN_MS = 24 * 60 * 60 * 1000;

/** The places a session's sign-ups hold: what its `taken` must equal. */
export const placesHeld = (signUps: ReadonlyArray<Pick<SignUpRecord, 'status' | 'partySize'>>): number =>
  signUps.filter((s) => holdsPlaces(s.status)).reduce((n, s) => n + s.partySize, 0);

/** A session over capacity, by its counter or by the places its sign-ups hold (the bench's `events.overbooked`). */
export const isOverbooked = (session: Pick<SessionRecord, 'capacity' | 'taken'>, held: number): boolean =>
  session.taken > session.capacity || held > session.capacity;

/**
 * How many days an event stays on the organisers' list (`events.list` with `recent`) after its last session started:
 * they check guests in until it ends, mark no-shows and add photos after it, all from that list.
 */
export const ORGANISER_LIST_DAYS = 7;

/**
 * The earliest start of an event's last session `events.list` shows: talents, events still to start (the start
 * included); organisers (`recent`), also those whose last session started since the Shanghai day
 * `ORGANISER_LIST_DAYS` days ago began.
 */
export const listedFrom = (now: Date, recent: boolean): Date =>
  recent ? startOfShanghaiDay(addDays(shanghaiDateOf(now), -ORGANISER_LIST_DAYS)) : now;
