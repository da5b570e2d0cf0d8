import { AppError } from '../contract/errors';
import { datesUntil, shanghaiDate, addDays, type CalendarDate } from '../dates';
import type { DocumentFile } from '../documents';
import { maskDocumentNumber } from '../documents';
import { maskPhone, withoutSealed, type Seal } from '../personal-data';
import { assertEligible } from '../reasons';
import { storedPerson } from '../stays/application';
import type { PersonInput } from '../stays/fields';
import type { ApplySeatsInput } from './apply.schema';
import type { MemberInput } from './member.schema';
import { HOLDING_SEAT_STATUSES, type SeatApplication, type SeatStatus, type TeamMember } from './model';
import type { SeatPolicy } from '../stations/policy';
import { seatEligibility, seatEndDate, seatRequestRules } from './rules';

/** A member as stored: name, the numbers masked for views and sealed for the operator; `joined` when by invite. */
export function storedMember(member: MemberInput, seal: Seal, joined?: { openId: string; at: Date }): TeamMember {
  return {
    name: member.name,
    phoneMasked: maskPhone(member.phone),
    idKind: member.identityDocument.kind,
    idMasked: maskDocumentNumber(member.identityDocument.number),
    sealed: { idNumber: seal(member.identityDocument.number), phone: seal(member.phone) },
    ...(joined ? { openId: joined.openId, joinedAt: joined.at } : {}),
  };
}

/** "One active application per team": by the unified social credit code when given, else by the leader. */
export const teamKeyOf = (input: { creditCode?: string; ownerId: string }): string =>
  input.creditCode ? `uscc:${input.creditCode.toUpperCase()}` : `leader:${input.ownerId}`;

export function newSeatApplication(input: {
  id: string;
  ownerId: string;
  apply: ApplySeatsInput;
  hashOf: (person: Pick<PersonInput, 'identityDocument'>) => string;
  /** Encrypts the phone and identity numbers for storage (the shell's key). */
  seal: Seal;
  documents: DocumentFile[];
  now: Date;
  policy: SeatPolicy;
  locale: 'zh-CN' | 'en';
}): SeatApplication {
  const { apply, now, policy } = input;
  const today = shanghaiDate(now);
  const rules = seatRequestRules({
    seats: apply.seats,
    months: apply.months,
    startDate: apply.startDate,
    teamSize: 1 + apply.team.members.length,
    today,
    policy,
  });
  if (rules.length > 0)
    throw new AppError('VALIDATION', { issues: rules.map((r) => ({ path: r.rule, message: r.message[input.locale] })) });
  assertEligible(seatEligibility(input.documents));
  const endDate = seatEndDate(apply.startDate, apply.months);
  const { leader } = apply.team;
  return {
    _id: input.id,
    stationId: apply.stationId,
    ownerId: input.ownerId,
    teamKey: teamKeyOf({ creditCode: apply.team.creditCode, ownerId: input.ownerId }),
    team: {
      name: apply.team.name,
      leader: storedPerson(leader, input.seal),
      members: apply.team.members.map((m) => storedMember(m, input.seal)),
      projectSummary: apply.team.projectSummary,
      creditCode: apply.team.creditCode ?? null,
    },
    leaderIdHash: input.hashOf(leader),
    memberIdHashes: apply.team.members.map(input.hashOf),
    memberOpenIds: [],
    invite: null,
    seats: apply.seats,
    months: apply.months,
    startDate: apply.startDate,
    endDate,
    held: { first: apply.startDate, end: endDate },
    status: 'pending',
    seatNumbers: [],
    referredTo: null,
    reason: null,
    documents: input.documents,
    submittedAt: now,
    updatedAt: now,
  };
}

/**
 * Days a change gives back. Leaving `pending`/`approved` for good gives back every held day, except ending early:
 * only the days after `lastDay` (the team used the seats until then).
 */
export function seatReleases(input: { app: Pick<SeatApplication, 'held'>; from: SeatStatus; to: SeatStatus; lastDay?: CalendarDate }): {
  days: CalendarDate[];
  held: SeatApplication['held'];
} {
  const { app, from, to } = input;
  const stops = HOLDING_SEAT_STATUSES.includes(from) && !HOLDING_SEAT_STATUSES.includes(to);
  if (!stops || !app.held) return { days: [], held: app.held };
  // A term that ran to its end was used in full: its days stay counted.
  if (to === 'ended') return { days: [], held: null };
  if (to === 'ended-early' && input.lastDay) {
    const after = addDays(input.lastDay, 1);
    return { days: datesUntil(after > app.held.first ? after : app.held.first, app.held.end), held: null };
  }
  return { days: datesUntil(app.held.first, app.held.end), held: null };
}

/** An approved term is over once its end date (the day after the last day) has come, in Shanghai. */
export const termOver = (input: { endDate: CalendarDate; now: Date }): boolean => shanghaiDate(input.now) >= input.endDate;

export { cancelBeforeStart } from './cancel-rule';

/** Ending early: the last day used must be today or later and before the booked end. */
export const validLastDay = (input: {
  lastDay: CalendarDate;
  today: CalendarDate;
  startDate: CalendarDate;
  endDate: CalendarDate;
}): boolean => input.lastDay >= input.today && input.lastDay >= input.startDate && input.lastDay < addDays(input.endDate, -1);

/** A member in a view: masked numbers, whether they joined by invite, never their openid. */
const memberView = ({ sealed: _s, openId: _o, ...member }: TeamMember) => member;

/**
 * What the leader and the operator see: everything but the identity hashes, the members' openids, the invite's
 * state (the leader gets the link itself from `workspaces.invite`), the write token and the sealed numbers.
 */
export function toSeatView(app: SeatApplication) {
  const { leaderIdHash: _l, memberIdHashes: _m, memberOpenIds: _o, invite: _i, lastChange: _t, team, ...view } = app;
  return { ...view, team: { ...team, leader: withoutSealed(team.leader), members: team.members.map(memberView) } };
}

/**
 * What a member who joined by invite sees of the team's booking (read-only in My bookings): the team's name, the
 * term, seats and status; nobody's personal data, not even the leader's.
 */
export function toJoinedSeatView(app: SeatApplication) {
  return {
    _id: app._id,
    role: 'member' as const,
    stationId: app.stationId,
    team: { name: app.team.name },
    seats: app.seats,
    months: app.months,
    startDate: app.startDate,
    endDate: app.endDate,
    status: app.status,
    seatNumbers: app.seatNumbers,
    reason: app.reason,
    submittedAt: app.submittedAt,
  };
}
