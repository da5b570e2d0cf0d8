import type { DocumentFile } from '../documents';
import type { Person } from '../stays/model';
import type { Degree, TalentCategory } from '../talent/profile';
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
  signedAt: Date;
  updatedAt: Date;
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
