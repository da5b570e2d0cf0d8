import type { DocumentFile } from '../documents';
import type { Person } from '../stays/model';
import type { Degree, TalentCategory } from '../talent/profile';
import type { BlockLapseReason, BlockStatus } from './blocks';
import type { ApartmentStatus, LeaseStatus, UnitType } from './model';
import type { ApartmentPolicy } from './policy';
import type { UnitPeriod } from './unit-periods';

// The documents of the housing function's collections (cloudfunctions/_shared/collections.ts).

type Bilingual = { 'zh-CN': string; en: string };

/** What one unit type of a building is: area, listed monthly rent and deposit, in yuan. */
export interface UnitTypeSpec {
  area: number;
  monthlyRent: number;
  deposit: number;
}

/** `apartment_buildings`: a talent apartment building, edited by the district admin. */
export interface ApartmentBuilding {
  _id: string;
  name: Bilingual;
  district: string;
  address: Bilingual;
  location: { latitude: number; longitude: number } | null;
  photos: string[];
  facilities: string[];
  /** The station whose operators run the building's allocation and leases. */
  stationId: string;
  unitTypes: Partial<Record<UnitType, UnitTypeSpec>>;
  /** Viewing (看房) slots: the times offered each day and how many households per slot. */
  viewing: { times: string[]; capacity: number };
  /** Stored as edited; core's defaults fill the rest (resolveApartmentPolicy). */
  policy: Partial<ApartmentPolicy>;
  active: boolean;
  updatedAt: Date;
}

/** `apartment_units`: one unit, with the periods it is taken; changed only by compare-and-set on `version`. */
export interface ApartmentUnit {
  _id: string;
  buildingId: string;
  number: string;
  floor: number;
  type: UnitType;
  status: 'available' | 'maintenance';
  periods: UnitPeriod[];
  version: number;
  updatedAt: Date;
}

/** `apartment_employers`: the district's register of employers, by unified social credit code, with their HR. */
export interface ApartmentEmployer {
  _id: string;
  name: string;
  /** The users (employer role) who confirm employment for this employer. */
  hrOpenIds: string[];
  active: boolean;
  updatedAt: Date;
}

export interface ApartmentOffer {
  unitId: string;
  start: string;
  end: string;
  offeredOn: string;
  /** The last day it may be accepted (included). */
  expiresOn: string;
}

/** `apartment_applications`: one household's application, from the employer's confirmation to the lease. */
export interface ApartmentApplication {
  _id: string;
  buildingId: string;
  unitType: UnitType;
  ownerId: string;
  person: Person;
  /** Keyed hash of the applicant's identity document: the household's claim (`apartment_claims`). */
  idHash: string;
  householdSize: number;
  category: TalentCategory;
  degree: Degree;
  employer: { creditCode: string; name: string };
  declarations: { socialInsuranceInShanghai: boolean; ownsHomeInShanghai: boolean };
  documents: DocumentFile[];
  status: ApartmentStatus;
  /** The last day the employer may confirm (included). */
  employerDueOn: string;
  /** When the entry joined the waiting list (or rejoined it after a decline); null before the employer confirmed. */
  queuedAt: Date | null;
  declines: number;
  offer: ApartmentOffer | null;
  viewing: { date: string; time: string } | null;
  leaseId: string | null;
  reason: string | null;
  submittedAt: Date;
  updatedAt: Date;
  /**
   * The token of the call that last changed it by compare-and-set (`setIfStatus`): a change applied though its reply
   * was lost, and refused when sent again, is known as that call's own. Kept out of every view.
   */
  lastChange?: string;
}

/** `apartment_leases`: the lease made when an offer is accepted. */
export interface ApartmentLease {
  _id: string;
  applicationId: string;
  ownerId: string;
  buildingId: string;
  unitId: string;
  unitType: UnitType;
  tenantName: string;
  start: string;
  end: string;
  /** What the tenant pays per month (listed rent × the policy's share) and the deposit recorded. */
  monthlyRent: number;
  deposit: number;
  /** Months leased in this building so far, this lease's renewals included (the cumulative cap). */
  months: number;
  status: LeaseStatus;
  renewals: Array<{ on: string; months: number; end: string }>;
  notice: { givenOn: string; moveOut: string } | null;
  moveIn: { on: string; checklist: Array<{ item: string; ok: boolean }> } | null;
  moveOut: { on: string; inspection: string; deductions: number } | null;
  /** When the lease was made (the offer accepted, or the block's tenant confirmed). */
  signedAt: Date;
  /**
   * The tenant's recorded confirmation of the lease document (`signLease`): when, and the SHA-256 of the terms'
   * text they confirmed (core `leaseTermsText`). Absent or null until then.
   */
  signature?: { at: Date; textHash: string } | null;
  /** The lease document last made (`tenancies.leaseDocument`), so that deleting the account deletes it. */
  documentFileId?: string | null;
  /** A lease of a unit of an employer's block (`apartment_blocks`); its `applicationId` is the unit's holder id. */
  blockId?: string | null;
  updatedAt: Date;
}

/** One unit of an employer's block: held for the block's period, then named to a tenant who confirms. */
export interface BlockAllocation {
  unitId: string;
  /** The holder on the unit's periods (core `blockHolderId`), and the lease's `applicationId`. */
  holderId: string;
  /** Named by the employer's HR; the identity's keyed hash is the household's claim (`apartment_claims`). */
  tenant: { person: Person; idHash: string; namedAt: Date; code: string } | null;
  /** The tenant's account, once they confirmed; then the lease. */
  ownerId: string | null;
  leaseId: string | null;
  confirmedAt: Date | null;
  /**
   * Given back by the scheduler (core `lapsingBlockUnits`): the day and why; `released` once the unit's hold, the
   * tenant's claim and code are gone (written after, so a run that stops between is finished by the next).
   */
  lapsed?: { on: string; why: BlockLapseReason; released: boolean } | null;
}

/** `apartment_blocks`: an employer's request for a block of units of one type in a building, for a period. */
export interface ApartmentBlock {
  _id: string;
  buildingId: string;
  unitType: UnitType;
  employer: { creditCode: string; name: string };
  /** The HR user who asked. */
  requestedBy: string;
  units: number;
  start: string;
  months: number;
  /** `start` plus `months` (core `blockTerm`): the move-out day. */
  end: string;
  status: BlockStatus;
  /** One per unit allocated, in the order the operator listed them; empty until allocated. */
  allocations: BlockAllocation[];
  reason: string | null;
  /** The operator who allocated it (told when a tenant confirms); absent on blocks allocated before it was kept. */
  allocatedBy?: string | null;
  /** The Shanghai day it was allocated, from which HR's working days to name tenants run (core `lapsingBlockUnits`). */
  allocatedOn?: string | null;
  /** Moved on by every change (compare-and-set): racing decisions on one block, one passes. */
  version: number;
  submittedAt: Date;
  updatedAt: Date;
  /**
   * The token of the call that last changed it (`setBlock`): a change applied though its reply was lost, and refused
   * when sent again, is known as that call's own. Kept out of the view.
   */
  lastChange?: string;
}

/** `apartment_invites`: the code HR passes to a named tenant (`_id`), pointing at their unit of the block. */
export interface BlockInvite {
  _id: string;
  blockId: string;
  holderId: string;
  createdAt: Date;
}

/** `apartment_viewings`: one viewing slot of a building, booked up to its capacity by conditional updates. */
export interface ViewingSlot {
  _id: string;
  buildingId: string;
  date: string;
  time: string;
  capacity: number;
  count: number;
  bookings: string[];
}
