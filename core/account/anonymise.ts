import { AppError } from '../contract/errors';
import type { SignUpRecord } from '../events/model';
import { anonymousPerson } from '../personal-data';
import { activeHousing, activeSupport, type ApartmentStatusOf, type LeaseStatusOf, type SupportStatusOf } from '../housing/privacy';
import type { ServiceRequest, TimelineEntry } from '../requests/request';
import { ACTIVE_STAY_STATUSES, type Person, type StayApplication } from '../stays/model';
import { HOLDING_SEAT_STATUSES, type SeatApplication, type TeamMember } from '../workspaces/model';

/**
 * What "delete my account" keeps and drops, per kind of document (DESIGN.md, "Privacy"). Kept: what statistics and
 * KPIs count — status, dates, station, unit, category, tier, seat and night counts, ratings' scores. Dropped: who
 * it was — names, phones and identity numbers (sealed and masked), the owner's openid, identity hashes, uploaded
 * documents, and every free text the person wrote or that was written about them (request title, body, reply,
 * notes, reasons, comments). Records keep their `_id`, so counters and audit entries that name them stay valid.
 */

/** A team member with nothing left that names them; the document kind stays for statistics. */
export const anonymousMember = (member: Pick<TeamMember, 'idKind'>): Omit<TeamMember, 'sealed'> => ({
  name: '',
  idKind: member.idKind,
  idMasked: '',
});

export type AnonymisedStay = Omit<StayApplication, 'person'> & { person: Omit<Person, 'sealed'>; anonymisedAt: Date };

/** A stay application of a deleted owner: dates, nights, station, type and outcome only. */
export function anonymiseStay(app: StayApplication, now: Date): AnonymisedStay {
  return {
    ...app,
    ownerId: '',
    person: anonymousPerson(app.person),
    idHash: '',
    // The programme facts that name nobody; university, graduation date and employer can point at one person.
    facts: {
      ...(app.facts.purpose !== undefined ? { purpose: app.facts.purpose } : {}),
      ...(app.facts.seatApplicationId !== undefined ? { seatApplicationId: app.facts.seatApplicationId } : {}),
    },
    documents: [],
    pickup: null,
    reason: null,
    anonymisedAt: now,
  };
}

type AnonymousTeam = Omit<SeatApplication['team'], 'leader' | 'members'> & {
  leader: Omit<Person, 'sealed'>;
  members: Array<Omit<TeamMember, 'sealed'>>;
};
export type AnonymisedSeat = Omit<SeatApplication, 'team'> & { team: AnonymousTeam; anonymisedAt: Date };

/** A seat application whose leader deleted their account: seats, months, dates, station and outcome only. */
export function anonymiseLedSeat(app: SeatApplication, now: Date): AnonymisedSeat {
  return {
    ...app,
    ownerId: '',
    teamKey: '',
    team: {
      name: '',
      leader: anonymousPerson(app.team.leader),
      members: app.team.members.map(anonymousMember),
      projectSummary: '',
      creditCode: null,
    },
    leaderIdHash: '',
    memberIdHashes: app.memberIdHashes.map(() => ''),
    // Members who joined by invite no longer find a team that names nobody; its link stops working.
    memberOpenIds: [],
    invite: null,
    documents: [],
    reason: null,
    anonymisedAt: now,
  };
}

/**
 * The member entries of someone else's seat application that are the deleted person — by identity hash, or by
 * openid for an entry they made by joining — blanked; the leader's and other members' entries are untouched, and
 * their openid leaves `memberOpenIds`. Null when none is theirs.
 */
export function anonymiseMemberEntries(
  app: Pick<SeatApplication, 'team' | 'memberIdHashes' | 'memberOpenIds'>,
  idHashes: readonly string[],
  openId = '',
): { members: Array<TeamMember | Omit<TeamMember, 'sealed'>>; memberIdHashes: string[]; memberOpenIds: string[] } | null {
  const mine = app.team.members.map(
    (m, i) => (app.memberIdHashes[i] !== '' && idHashes.includes(app.memberIdHashes[i])) || (openId !== '' && m.openId === openId),
  );
  if (!mine.some(Boolean)) return null;
  return {
    members: app.team.members.map((m, i) => (mine[i] ? anonymousMember(m) : m)),
    memberIdHashes: app.memberIdHashes.map((hash, i) => (mine[i] ? '' : hash)),
    memberOpenIds: (app.memberOpenIds ?? []).filter((id) => id !== openId),
  };
}

type AnonymousEntry = Omit<TimelineEntry, 'text' | 'data'>;
export type AnonymisedRequest = Omit<ServiceRequest, 'timeline'> & { timeline: AnonymousEntry[]; anonymisedAt: Date };

/**
 * A service request of a deleted applicant: category, units, tier, status, deadlines, the kinds and times of its
 * steps, the rating's score; no title, body, attachments, reply, comment, note, minutes or staff openid.
 * The version moves on, so a step a unit is taking on the old version conflicts instead of restoring text.
 */
export function anonymiseRequest(request: ServiceRequest, now: Date): AnonymisedRequest {
  return {
    ...request,
    applicantId: '',
    title: '',
    body: '',
    attachments: [],
    reply: null,
    extension: request.extension ? { ...request.extension, reason: '' } : null,
    consultations: request.consultations.map(({ minutes: _minutes, ...c }) => ({ ...c, topic: '' })),
    rating: request.rating ? { ...request.rating, comment: null } : null,
    openQuestion: request.openQuestion ? { ...request.openQuestion, text: '' } : null,
    timeline: request.timeline.map((e) => ({
      type: e.type,
      at: e.at,
      by: { role: e.by.role, ...(e.by.unitId ? { unitId: e.by.unitId } : {}) },
      visibility: e.visibility,
    })),
    version: request.version + 1,
    anonymisedAt: now,
  };
}

/**
 * A `stay_claims` document left by a deleted person's applications. It goes when it only served them (no active
 * application, no free stay recorded); one that records a free stay used stays, keyed by the identity hash only, so
 * deleting an account does not hand out a second free stay.
 */
export const claimOnlyServedThem = (claim: { active: string | null; free?: Record<string, string> }): boolean =>
  claim.active === null && Object.keys(claim.free ?? {}).length === 0;

/**
 * Deleting is refused while the caller has a booking under way: a stay waitlisted, offered, pending, approved or
 * checked in, a seat application pending or approved, or a talent apartment application or lease still running
 * (core/housing/privacy.ts). The message names what to cancel first.
 */
export function assertNothingActive(input: {
  stays: ReadonlyArray<Pick<StayApplication, '_id' | 'status'>>;
  seats: ReadonlyArray<Pick<SeatApplication, '_id' | 'status'>>;
  housing?: { applications: readonly ApartmentStatusOf[]; leases: readonly LeaseStatusOf[] };
  support?: { applications: readonly SupportStatusOf[]; paidMonths: Readonly<Record<string, readonly string[]>> };
}): void {
  const stays = input.stays.filter((s) => ACTIVE_STAY_STATUSES.includes(s.status)).map((s) => s._id);
  const seats = input.seats.filter((s) => HOLDING_SEAT_STATUSES.includes(s.status)).map((s) => s._id);
  const housing = input.housing ? activeHousing(input.housing) : [];
  const support = input.support ? activeSupport(input.support) : [];
  if (stays.length === 0 && seats.length === 0 && housing.length === 0 && support.length === 0) return;
  const plural = (n: number) => (n > 1 ? 's' : '');
  const parts = [
    stays.length ? [`${stays.length} 份进行中的入住申请`, `${stays.length} active stay application${plural(stays.length)}`] : null,
    seats.length ? [`${seats.length} 份进行中的工位申请`, `${seats.length} active seat application${plural(seats.length)}`] : null,
    housing.length
      ? [
          `${housing.length} 份进行中的人才公寓申请或租约`,
          `${housing.length} apartment application${plural(housing.length)} or lease${plural(housing.length)} under way`,
        ]
      : null,
    support.length
      ? [
          `${support.length} 份未决或未发放完毕的住房资助`,
          `${support.length} housing support application${plural(support.length)} or payment${plural(support.length)} under way`,
        ]
      : null,
  ].filter((p): p is string[] => p !== null);
  const join = (items: string[], last: string, sep: string) =>
    items.length > 1 ? `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}` : items[0];
  throw new AppError('CONFLICT', {
    message: {
      'zh-CN': `请先取消${join(
        parts.map((p) => p[0]),
        '和',
        '、',
      )}，再注销账号`,
      en: `Cancel your ${join(
        parts.map((p) => p[1]),
        ' and ',
        ', ',
      )} before deleting your account`,
    },
    details: {
      activeStays: stays,
      activeSeats: seats,
      ...(input.housing ? { activeHousing: housing } : {}),
      ...(input.support ? { activeSupport: support } : {}),
    },
  });
}

/**
 * An event sign-up of a deleted owner: session, party size, outcome and rating stay for statistics; the name and the
 * answers to the event's fields go. One still waiting or holding places is cancelled (its places go back).
 */
export function anonymiseSignUp(signUp: SignUpRecord, now: Date): SignUpRecord & { anonymisedAt: Date } {
  const open =
    signUp.status === 'confirmed' || signUp.status === 'offered' || signUp.status === 'entered' || signUp.status === 'waitlisted';
  return { ...signUp, ownerId: '', name: '', answers: {}, status: open ? 'cancelled' : signUp.status, updatedAt: now, anonymisedAt: now };
}
