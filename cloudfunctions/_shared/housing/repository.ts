import type { ApartmentPolicy } from '../../../core/housing/policy';
import type {
  ApartmentApplication,
  ApartmentBuilding,
  ApartmentEmployer,
  ApartmentLease,
  ApartmentUnit,
  UnitTypeSpec,
  ViewingSlot,
} from '../../../core/housing/records';
import type { UnitType } from '../../../core/housing/model';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { findByIdOrNull, findByIds, setIfStill } from '../applications';
import { insertOwn } from '../duplicate';

// The housing function's queries, each with the index of INDEXES (collections.ts) that serves it; lookups and
// writes by `_id` use the primary key. The unit's periods are written only by store.ts `changeUnit`.

// --- Buildings (INDEXES.apartment_buildings) ---

/** The active buildings, at most 100 (`active`). */
export async function activeBuildings(db: Database): Promise<ApartmentBuilding[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentBuildings).where({ active: true }).limit(100).get();
  return data as ApartmentBuilding[];
}

/** The buildings a station runs, or every building when no station is named, at most 100 (`station`). */
export async function buildingsRun(db: Database, stationId: string | null): Promise<ApartmentBuilding[]> {
  const buildings = db.collection(COLLECTIONS.apartmentBuildings);
  const { data } = await (stationId === null ? buildings : buildings.where({ stationId })).limit(100).get();
  return data as ApartmentBuilding[];
}

/** The name and policy of those of these buildings that are stored, by id: one query (`_id`) for up to 100. */
export const buildingNamesAndPolicies = (db: Database, ids: readonly string[]) =>
  findByIds<Pick<ApartmentBuilding, '_id' | 'name' | 'policy'>>(db, COLLECTIONS.apartmentBuildings, ids, {
    _id: true,
    name: true,
    policy: true,
  });

/** Creates or replaces a building whole (`_id`). */
export async function putBuilding(db: Database, building: ApartmentBuilding): Promise<void> {
  const { _id, ...stored } = building;
  await db.collection(COLLECTIONS.apartmentBuildings).doc(_id).set(stored);
}

/** One unit type's spec, stored whole (`_id`). */
export async function setUnitTypeSpec(
  db: Database,
  input: { buildingId: string; type: UnitType; spec: UnitTypeSpec; now: Date },
): Promise<void> {
  await db
    .collection(COLLECTIONS.apartmentBuildings)
    .doc(input.buildingId)
    .update({ [`unitTypes.${input.type}`]: db.command.set(input.spec), updatedAt: input.now });
}

/** The building's whole policy, stored whole (`_id`). */
export async function setBuildingPolicy(db: Database, input: { buildingId: string; policy: ApartmentPolicy; now: Date }): Promise<void> {
  await db
    .collection(COLLECTIONS.apartmentBuildings)
    .doc(input.buildingId)
    .update({ policy: db.command.set(input.policy), updatedAt: input.now });
}

// --- Units (INDEXES.apartment_units) ---

/** The unit, or null (`_id`). */
export const findUnitOrNull = (db: Database, id: string) => findByIdOrNull<ApartmentUnit>(db, COLLECTIONS.apartmentUnits, id);

/** A building's units, at most 1000 (`building_type`). */
export async function unitsOf(db: Database, buildingId: string): Promise<ApartmentUnit[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentUnits).where({ buildingId }).limit(1000).get();
  return data as ApartmentUnit[];
}

export const insertUnit = (db: Database, unit: ApartmentUnit): Promise<void> => insertOwn(db, COLLECTIONS.apartmentUnits, unit);

/**
 * Changes a unit's fields (never its periods) only if nobody wrote it since `version` was read (`_id`), moving the
 * version on; false when someone did (a period written meanwhile). Units are shown as stored, so a change whose reply
 * was lost is known by its values (`shows`: the new version and the call's instant among them).
 */
export function updateUnitIfVersion(
  db: Database,
  input: { id: string; version: number; fields: Partial<Omit<ApartmentUnit, '_id' | 'periods' | 'version'>> & { updatedAt: Date } },
): Promise<boolean> {
  const update = { ...input.fields, version: input.version + 1 };
  return setIfStill(db, COLLECTIONS.apartmentUnits, { id: input.id, where: { version: input.version }, update, shows: update });
}

// --- Employers (INDEXES.apartment_employers) ---

/** Creates or replaces an employer of the register whole (`_id`, its credit code). */
export async function putEmployer(db: Database, employer: ApartmentEmployer): Promise<void> {
  const { _id, ...stored } = employer;
  await db.collection(COLLECTIONS.apartmentEmployers).doc(_id).set(stored);
}

/** The employers listing an HR user, at most 20 (`hr`). */
export async function employersOfHr(db: Database, openId: string): Promise<ApartmentEmployer[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentEmployers).where({ hrOpenIds: openId }).limit(20).get();
  return data as ApartmentEmployer[];
}

// --- Applications (INDEXES.apartment_applications) ---

export async function insertApplication(db: Database, app: ApartmentApplication): Promise<void> {
  await db.collection(COLLECTIONS.apartmentApplications).add(app);
}

/** The owner's applications, newest first, at most 50 (`owner_submitted`). */
export async function applicationsOf(db: Database, ownerId: string): Promise<ApartmentApplication[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentApplications).where({ ownerId }).orderBy('submittedAt', 'desc').limit(50).get();
  return data as ApartmentApplication[];
}

/** The applications naming these employers, awaiting their confirmation, at most 200 (`employer_status`). */
export async function awaitingEmployers(db: Database, creditCodes: readonly string[]): Promise<ApartmentApplication[]> {
  const { data } = await db
    .collection(COLLECTIONS.apartmentApplications)
    .where({ 'employer.creditCode': db.command.in([...creditCodes]), status: 'awaiting-employer' })
    .limit(200)
    .get();
  return data as ApartmentApplication[];
}

/** A building's applications whose offer was made in `[from, to]`, both included, at most 1000 (`building_offered`). */
export async function offeredInPeriod(
  db: Database,
  input: { buildingId: string; from: string; to: string },
): Promise<ApartmentApplication[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTIONS.apartmentApplications)
    .where({ buildingId: input.buildingId, 'offer.offeredOn': _.gte(input.from).and(_.lte(input.to)) })
    .limit(1000)
    .get();
  return data as ApartmentApplication[];
}

/** A building's applications for a unit type in one status, oldest first, at most 200 (`building_type_status`). */
export async function applicationsIn(
  db: Database,
  input: { buildingId: string; unitType: UnitType; status: ApartmentApplication['status'] },
): Promise<ApartmentApplication[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentApplications).where(input).limit(200).get();
  return (data as ApartmentApplication[]).sort((a, b) => new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime());
}

/** Sets the viewing of an offered application that has none yet (`_id`); false when it changed meanwhile. */
export async function setViewingIfNone(
  db: Database,
  input: { id: string; viewing: NonNullable<ApartmentApplication['viewing']>; now: Date },
): Promise<boolean> {
  const { updated } = await db
    .collection(COLLECTIONS.apartmentApplications)
    .where({ _id: input.id, status: 'offered', viewing: null })
    .update({ viewing: db.command.set(input.viewing), updatedAt: input.now });
  return updated === 1;
}

// --- Viewing slots (INDEXES.apartment_viewings) ---

/** A building's viewing slot of one day and time (`apt-zhangjiang_2026-12-08_1000`). */
export const viewingSlotId = (buildingId: string, viewing: { date: string; time: string }): string =>
  `${buildingId}_${viewing.date}_${viewing.time.replace(':', '')}`;

/** The slot, or null (`_id`). */
export const findViewingSlot = (db: Database, slotId: string) => findByIdOrNull<ViewingSlot>(db, COLLECTIONS.apartmentViewings, slotId);

/**
 * Books a place in the slot for the application only while the slot has fewer than `capacity` and not this
 * application (`_id`): never overbooked, one place per application. Answers whether the application holds a place:
 * a booking sent again after its reply was lost is refused and finds it there.
 */
export async function bookSlot(db: Database, input: { slotId: string; capacity: number; applicationId: string }): Promise<boolean> {
  const _ = db.command;
  const { updated } = await db
    .collection(COLLECTIONS.apartmentViewings)
    .where({ _id: input.slotId, count: _.lt(input.capacity), bookings: _.neq(input.applicationId) })
    .update({ count: _.inc(1), bookings: _.push(input.applicationId) });
  if (updated === 1) return true;
  return (await findViewingSlot(db, input.slotId))?.bookings.includes(input.applicationId) ?? false;
}

/** Gives back a place booked in the slot (`_id`); answers whether this call gave it back. */
export async function unbookSlot(db: Database, input: { slotId: string; applicationId: string }): Promise<boolean> {
  const _ = db.command;
  // Only where the application holds a place: a release sent again gives nothing back twice.
  const { updated } = await db
    .collection(COLLECTIONS.apartmentViewings)
    .where({ _id: input.slotId, bookings: input.applicationId })
    .update({ count: _.inc(-1), bookings: _.pull(input.applicationId) });
  return updated === 1;
}

// --- Leases (INDEXES.apartment_leases) ---

/** The owner's leases, latest start first, at most 50 (`owner`). */
export async function leasesOf(db: Database, ownerId: string): Promise<ApartmentLease[]> {
  const { data } = await db.collection(COLLECTIONS.apartmentLeases).where({ ownerId }).orderBy('start', 'desc').limit(50).get();
  return data as ApartmentLease[];
}

/** A building's leases, by status when given, at most 500 (`building_status`). */
export async function buildingLeases(
  db: Database,
  input: { buildingId: string; status?: ApartmentLease['status'] },
): Promise<ApartmentLease[]> {
  const where = { buildingId: input.buildingId, ...(input.status ? { status: input.status } : {}) };
  const { data } = await db.collection(COLLECTIONS.apartmentLeases).where(where).limit(500).get();
  return data as ApartmentLease[];
}

/** A lease's compare-and-set: a lease is shown as it is stored, so its change is known by what it writes (`shows`). */
const setLeaseIfStill = (
  db: Database,
  input: { id: string; where: Record<string, unknown>; update: Record<string, unknown>; shows: object },
) => setIfStill(db, COLLECTIONS.apartmentLeases, input);

/** A renewal, only while the lease is active and ends as read (`_id`); false when it changed meanwhile. */
export async function renewLease(
  db: Database,
  input: { lease: ApartmentLease; fields: Pick<ApartmentLease, 'end' | 'months' | 'renewals' | 'updatedAt'> },
): Promise<boolean> {
  return setLeaseIfStill(db, {
    id: input.lease._id,
    where: { status: 'active', end: input.lease.end },
    update: { ...input.fields, renewals: db.command.set(input.fields.renewals) },
    shows: input.fields,
  });
}

/** Puts back a renewal the unit refused: the lease as it was, if it still ends on the renewal's end (`_id`). */
export async function undoRenewal(db: Database, input: { lease: ApartmentLease; renewedEnd: string; now: Date }): Promise<void> {
  const { lease } = input;
  await db
    .collection(COLLECTIONS.apartmentLeases)
    .where({ _id: lease._id, end: input.renewedEnd })
    .update({ end: lease.end, months: lease.months, renewals: db.command.set(lease.renewals), updatedAt: input.now });
}

/** The tenant's notice, only while the lease is active and ends as read (`_id`); false when it changed meanwhile. */
export async function giveLeaseNotice(
  db: Database,
  input: {
    lease: ApartmentLease;
    fields: Pick<ApartmentLease, 'end' | 'status' | 'updatedAt'> & { notice: NonNullable<ApartmentLease['notice']> };
  },
): Promise<boolean> {
  return setLeaseIfStill(db, {
    id: input.lease._id,
    where: { status: 'active', end: input.lease.end },
    update: { ...input.fields, notice: db.command.set(input.fields.notice) },
    shows: input.fields,
  });
}

/** The move-in, once, on a lease not ended (`_id`); false when it was recorded or the lease ended meanwhile. */
export async function recordLeaseMoveIn(
  db: Database,
  input: { leaseId: string; moveIn: NonNullable<ApartmentLease['moveIn']>; now: Date },
): Promise<boolean> {
  const _ = db.command;
  return setLeaseIfStill(db, {
    id: input.leaseId,
    where: { moveIn: null, status: _.in(['active', 'ending']) },
    update: { moveIn: _.set(input.moveIn), updatedAt: input.now },
    shows: { moveIn: input.moveIn, updatedAt: input.now },
  });
}

/** The move-out: the lease ends, only while its status and end are as read (`_id`); false when they changed. */
export async function endLease(
  db: Database,
  input: {
    lease: ApartmentLease;
    fields: Pick<ApartmentLease, 'end' | 'updatedAt'> & { status: 'ended'; moveOut: NonNullable<ApartmentLease['moveOut']> };
  },
): Promise<boolean> {
  const { lease, fields } = input;
  return setLeaseIfStill(db, {
    id: lease._id,
    where: { status: lease.status, end: lease.end },
    update: { ...fields, moveOut: db.command.set(fields.moveOut) },
    shows: fields,
  });
}

/** The tenant's signature, only while the lease's status and end are as read (`_id`); false when they changed. */
export async function signLeaseIfAsRead(
  db: Database,
  input: { lease: ApartmentLease; signature: NonNullable<ApartmentLease['signature']>; now: Date },
): Promise<boolean> {
  const { lease } = input;
  return setLeaseIfStill(db, {
    id: lease._id,
    where: { status: lease.status, end: lease.end },
    update: { signature: db.command.set(input.signature), updatedAt: input.now },
    shows: { signature: input.signature, updatedAt: input.now },
  });
}

/** The stored lease document's file (`_id`): what deleting the tenant's account deletes. */
export async function setLeaseDocumentFile(db: Database, input: { leaseId: string; fileId: string }): Promise<void> {
  await db.collection(COLLECTIONS.apartmentLeases).doc(input.leaseId).update({ documentFileId: input.fileId });
}
