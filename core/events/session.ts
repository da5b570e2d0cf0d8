import { addDays, shanghaiDateOf, startOfShanghaiDay } from '../calendar/dates';
import { reason, type Reason } from '../reasons';
import { holdsPlaces, type Allocation, type SessionRecord, type SignUpRecord, type SignUpStatus } from './model';

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
 * The deadline of an offer still open when its session moves to `startsAt` (at `movedAt`): what `offerDeadline`
 * gives the offer's own time for the new start. A move to earlier can put that in the past (the new cut-off already
 * gone); the offer is then held as one made at the move would be, until the start: the next on the waitlist would get
 * the place on exactly those terms, so the one offered first keeps it rather than lose it to the move.
 */
export function movedOfferDeadline(input: { offeredAt: Date; startsAt: Date; movedAt: Date; policy?: OfferPolicy }): Date {
  const deadline = offerDeadline(input.offeredAt, input.startsAt, input.policy);
  return deadline > input.movedAt ? deadline : offerDeadline(input.movedAt, input.startsAt, input.policy);
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

/**
 * Why the organiser may not draw a session now, or null when they may: a lottery only, once its sign-up window has
 * closed (`closesAt` itself is closed), and before the session starts (the start itself is too late: a place won
 * could no longer be taken up). A draw published before the start and cut off midway (`published`) is still
 * finished after it: its order is fixed, and the entries it has not reached would otherwise stay `entered`. That it
 * was drawn already is the shell's to say, from the entries left.
 */
export function drawRefusal(input: {
  allocation: Allocation;
  closesAt: Date;
  startsAt: Date;
  now: Date;
  published: boolean;
}): Reason | null {
  if (input.allocation !== 'lottery') return reason('not-a-lottery', '本场活动不是摇号分配', 'This session is not allocated by lottery');
  if (input.now < input.closesAt)
    return reason('window-open', '报名尚未截止，截止后才能摇号', 'Sign-up is still open; draw once it has closed');
  if (!input.published && sessionStarted({ startsAt: input.startsAt }, input.now))
    return reason('session-started', '本场活动已开始，不能再摇号', 'This session has already started; it can no longer be drawn');
  return null;
}

/**
 * What a sign-up still holding places becomes once its session is over and it was never checked in: a confirmed
 * place is a no-show (counted against the person in later draws, `noShowPenalty`); a place only offered from the
 * waitlist, never accepted, lapses as an offer past its deadline does (the person never said they would come).
 * Null for every other status: nothing held, or checked in, or settled already.
 */
export function unattendedOutcome(status: SignUpStatus): 'no-show' | 'lapsed' | null {
  if (status === 'confirmed') return 'no-show';
  if (status === 'offered') return 'lapsed';
  return null;
}

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
