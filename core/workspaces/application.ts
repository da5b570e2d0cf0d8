import { AppError } from '../contract/errors';
import { datesUntil, shanghaiDate, addDays, type CalendarDate } from '../dates';
import type { DocumentFile } from '../documents';
import { maskDocumentNumber } from '../documents';
import { withoutSealed, type Seal } from '../personal-data';
import { assertEligible, storedPerson } from '../stays/application';
import type { PersonInput } from '../stays/fields';
import type { ApplySeatsInput } from './apply.schema';
import { HOLDING_SEAT_STATUSES, type SeatApplication, type SeatStatus } from './model';
import type { SeatPolicy } from './policy';
import { seatEligibility, seatEndDate, seatRequestRules } from './rules';

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
  if (rules.length > 0) throw new AppError('VALIDATION', { issues: rules.map((r) => ({ path: r.rule, message: r.message[input.locale] })) });
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
      members: apply.team.members.map((m) => ({
        name: m.name,
        idKind: m.identityDocument.kind,
        idMasked: maskDocumentNumber(m.identityDocument.number),
        sealed: { idNumber: input.seal(m.identityDocument.number) },
      })),
      projectSummary: apply.team.projectSummary,
      creditCode: apply.team.creditCode ?? null,
    },
    leaderIdHash: input.hashOf(leader),
    memberIdHashes: apply.team.members.map(input.hashOf),
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
export function seatReleases(input: {
  app: Pick<SeatApplication, 'held'>;
  from: SeatStatus;
  to: SeatStatus;
  lastDay?: CalendarDate;
}): { days: CalendarDate[]; held: SeatApplication['held'] } {
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
export const validLastDay = (input: { lastDay: CalendarDate; today: CalendarDate; startDate: CalendarDate; endDate: CalendarDate }): boolean =>
  input.lastDay >= input.today && input.lastDay >= input.startDate && input.lastDay < addDays(input.endDate, -1);

/** What the team and the operator see: everything but the identity hashes and the sealed numbers. */
export function toSeatView(app: SeatApplication) {
  const { leaderIdHash: _l, memberIdHashes: _m, team, ...view } = app;
  return { ...view, team: { ...team, leader: withoutSealed(team.leader), members: team.members.map(withoutSealed) } };
}
