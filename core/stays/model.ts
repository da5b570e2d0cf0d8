import type { DocumentFile, IdentityDocument } from '../documents';
import type { CalendarDate } from '../dates';
import type { Sealed } from '../personal-data';

/** The one list of stay statuses. */
export const STAY_STATUSES = [
  'waitlisted',
  'offered',
  'pending',
  'approved',
  'checked-in',
  'checked-out',
  'rejected',
  'cancelled',
  'expired',
  'no-show',
] as const;
export type StayStatus = (typeof STAY_STATUSES)[number];

/** The one list of applicant types. The first three apply for themselves; an employer names a guest. */
export const APPLICANT_TYPES = ['overseas-professional', 'graduate', 'team-member', 'employer-guest'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];
export const SELF_APPLICANT_TYPES = ['overseas-professional', 'graduate', 'team-member'] as const;

/** "One free stay per person per program": talents share one program; team members and guests have their own. */
export const PROGRAM_OF: Record<ApplicantType, string> = {
  'overseas-professional': 'talent',
  graduate: 'talent',
  'team-member': 'startup-team',
  'employer-guest': 'employer-guest',
};

/** While in these the application blocks another one for the same person. */
export const ACTIVE_STAY_STATUSES: readonly StayStatus[] = ['waitlisted', 'offered', 'pending', 'approved', 'checked-in'];
/** While in these the application holds its nights. */
export const HOLDING_STAY_STATUSES: readonly StayStatus[] = ['offered', 'pending', 'approved', 'checked-in'];
/** Ending in these gives the person's free stay back: they never had it. */
export const FREE_STAY_RETURNED: readonly StayStatus[] = ['rejected', 'cancelled', 'expired'];

export const PICKUP_PLACES = ['PVG', 'SHA', 'shanghai-hongqiao-railway', 'shanghai-railway', 'shanghai-south-railway'] as const;
export type PickupPlace = (typeof PICKUP_PLACES)[number];

export const GUEST_PURPOSES = ['new-hire', 'interview', 'visiting-expert'] as const;

export interface Person {
  name: string;
  /** The phone's last four digits: what lists and details show. */
  phoneMasked: string;
  idKind: IdentityDocument['kind'];
  /** The identity number's last four characters: what lists and details show. */
  idMasked: string;
  /**
   * The phone and identity numbers themselves, only encrypted at rest (core/personal-data.ts); opened only for an
   * operator of the station (`reveal`, audited). Never in a view.
   */
  sealed: { phone: Sealed; idNumber: Sealed };
}

export interface Pickup {
  place: PickupPlace;
  /** Flight or train number. */
  number: string;
  arrivalAt: Date;
  requestedAt: Date;
}

/** A `stay_applications` document. */
export interface StayApplication {
  _id: string;
  stationId: string;
  type: ApplicantType;
  program: string;
  /** Who submitted it and follows it: the applicant, or the employer for a guest. */
  ownerId: string;
  person: Person;
  /** Keyed hash of the identity document: the "one per person" checks, without the number in clear. */
  idHash: string;
  checkIn: CalendarDate;
  nights: number;
  /** The nights held now: `[first, end)`, or null when none are. */
  held: { first: CalendarDate; end: CalendarDate } | null;
  status: StayStatus;
  facts: {
    intendsToWorkInShanghai?: boolean;
    yearsAbroad?: number;
    university?: string;
    graduationDate?: CalendarDate;
    seatApplicationId?: string;
    purpose?: string;
    employerName?: string;
  };
  documents: DocumentFile[];
  pickup: Pickup | null;
  reason: string | null;
  offerExpiresAt: Date | null;
  submittedAt: Date;
  updatedAt: Date;
  /**
   * The token of the call that last changed it by compare-and-set (`setIfStatus`): a change applied though its reply
   * was lost, and refused when sent again, is known as that call's own. Kept out of every view.
   */
  lastChange?: string;
}
