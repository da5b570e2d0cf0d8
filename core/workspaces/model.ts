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
  idKind: Person['idKind'];
  idMasked: string;
  /** The identity number itself, only encrypted at rest; opened only for an operator of the station (`reveal`). */
  sealed: { idNumber: Sealed };
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
}
