import { reason, type Reason } from '../reasons';
import { ACTIVE_STATUSES, type SessionRules, type SignUpStatus } from './model';

export interface SignUpInput {
  session: SessionRules;
  now: string;
  partySize: number;
  /** Stations where the person has a current stay, seat or lease. */
  residentOf: readonly string[];
  isStartupTeamMember: boolean;
  /** The status of the person's earlier sign-up for this session, if they have one (one per person). */
  earlier: SignUpStatus | null;
  /** When the session starts, ISO: nobody signs up for a session already under way. */
  sessionStartsAt?: string;
}

/**
 * Whether a sign-up in this status still counts as the person's one sign-up for the session: it holds or waits for a
 * place. A cancelled one, or an offer left to lapse, does not: the person may sign up again (at the back of the line).
 */
export const stillSignedUp = (status: SignUpStatus): boolean => (ACTIVE_STATUSES as readonly string[]).includes(status);

/** Every reason the person may not sign up now; empty when they may. */
export function signUpRefusals(input: SignUpInput): Reason[] {
  const { session, now, partySize } = input;
  const reasons: Reason[] = [];
  if (now < session.opensAt) reasons.push(reason('window-not-open', '报名尚未开始', 'Sign-up has not opened yet'));
  if (now >= session.closesAt) reasons.push(reason('window-closed', '报名已截止', 'Sign-up has closed'));
  if (input.sessionStartsAt && now >= input.sessionStartsAt && now < session.closesAt) {
    reasons.push(reason('session-started', '本场活动已开始', 'This session has already started'));
  }
  if (input.earlier && stillSignedUp(input.earlier))
    reasons.push(reason('one-per-person', '您已报名本场活动', 'You have already signed up for this session'));
  if (partySize < 1 || partySize > session.maxPartySize) {
    reasons.push(reason('party-size', `每份报名最多 ${session.maxPartySize} 人`, `At most ${session.maxPartySize} people per sign-up`));
  }
  if (session.audience === 'station-residents' && !(session.stationId && input.residentOf.includes(session.stationId))) {
    reasons.push(reason('residents-only', '本场活动仅面向该驿站的入住人才', "This session is for the station's residents"));
  }
  if (session.audience === 'startup-teams' && !input.isStartupTeamMember) {
    reasons.push(reason('teams-only', '本场活动仅面向创业团队', 'This session is for startup teams'));
  }
  return reasons;
}

/**
 * A first-come sign-up: a place if the party fits what is left, else the waitlist. The shell takes the places
 * with one conditional update (`taken + party <= capacity`), so this only says what to try.
 */
export const firstComeOutcome = (input: { capacity: number; taken: number; partySize: number }): 'confirmed' | 'waitlisted' =>
  input.taken + input.partySize <= input.capacity ? 'confirmed' : 'waitlisted';

/**
 * When places free up: the waitlisted parties to offer them to, in waitlist order, skipping a party too large for
 * what is free (the next smaller one may fit) — the same fill rule as the draw.
 */
export function offersFromWaitlist<T extends { id: string; partySize: number }>(waitlist: readonly T[], freePlaces: number): T[] {
  const offered: T[] = [];
  let left = freePlaces;
  for (const entry of waitlist) {
    if (entry.partySize <= left) {
      offered.push(entry);
      left -= entry.partySize;
    }
  }
  return offered;
}
