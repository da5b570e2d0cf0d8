import type { CalendarDate } from '../dates';
import type { DocumentFile } from '../documents';
import type { Sealed } from '../personal-data';
import type { Person } from '../stays/model';

/** The one list of seat application statuses. `approved` is the active booking (seats assigned). */
export const SEAT_STATUSES = ['pending', 'approved', 'referred', 'rejected', 'cancelled', 'ended-early', 'ended', 'expired'] as const;
export type SeatStatus = (typeof SEAT_STATUSES)[number];

/** While in these the seats are held and the team may not apply again. */
export const HOLDING_SEAT_STATUSES: readonly SeatStatus[] = ['pending', 'approved'];

export const SEAT_MONTHS = [1, 2, 3] as const;

export interface TeamMember {
  name: string;
  /** The mobile's last four digits (entries made before phones were asked for have none). */
  phoneMasked?: string;
  idKind: Person['idKind'];
  idMasked: string;
  /** The numbers themselves, only encrypted at rest; opened only for an operator of the station (`reveal`). */
  sealed: { idNumber: Sealed; phone?: Sealed };
  /** A member who joined by the leader's invite: who they are (never shown in a view) and when. */
  openId?: string;
  joinedAt?: Date;
}

/**
 * The leader's invite link (`workspaces.invite`): its token is a MAC of the application, `version` and `expiresAt`
 * (cloudfunctions/workspaces/invite-token.ts), so nothing secret is stored and a new version voids every old link.
 */
export interface TeamInvite {
  version: number;
  expiresAt: Date;
}

/** A `seat_applications` document. */
export interface SeatApplication {
  _id: string;
  stationId: string;
  /** The team leader, who applied and follows it. */
  ownerId: string;
  /** What "one active application per team" is counted by: the credit code if given, else the leader. */
  teamKey: string;
  team: {
    name: string;
    leader: Person;
    members: TeamMember[];
    projectSummary: string;
    creditCode: string | null;
  };
  /** Keyed hashes of the leader's and members' identity documents: team members' stays are checked against them. */
  leaderIdHash: string;
  memberIdHashes: string[];
  /** Openids of the members who joined by invite: what their "My bookings" finds the team's booking by. */
  memberOpenIds?: string[];
  /** Null until the leader first asks for an invite link. */
  invite?: TeamInvite | null;
  seats: number;
  months: number;
  startDate: CalendarDate;
  /** The day after the last day (excluded). */
  endDate: CalendarDate;
  held: { first: CalendarDate; end: CalendarDate } | null;
  status: SeatStatus;
  seatNumbers: number[];
  referredTo: string | null;
  reason: string | null;
  documents: DocumentFile[];
  submittedAt: Date;
  updatedAt: Date;
  /**
   * The token of the call that last changed it by compare-and-set (`setIfStatus`): a change applied though its reply
   * was lost, and refused when sent again, is known as that call's own. Kept out of every view.
   */
  lastChange?: string;
}
