import { AppError } from '../../../core/contract';
import type { LocalizedText } from '../../../core/contract/locale';
import { apartmentNotice, type ApartmentNoticeEvent } from '../../../core/housing/notices';
import { resolveApartmentPolicy, type ApartmentPolicy } from '../../../core/housing/policy';
import type {
  ApartmentApplication,
  ApartmentBuilding,
  ApartmentEmployer,
  ApartmentLease,
  ApartmentUnit,
} from '../../../core/housing/records';
import { changePeriods, type PeriodChange } from '../../../core/housing/unit-periods';
import type { ApartmentStatus } from '../../../core/housing/model';
import { rankWaitingList } from '../../../core/housing/waiting-list';
import { withoutSealed } from '../../../core/personal-data';
import { findById, findByIdOrNull, setIfStatus } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import type { ActionContext } from '../handler';
import { notifyAfterChange } from '../notify';
import { unbookSlot, viewingSlotId } from './repository';

// The housing function's storage moves, shared with the scheduler's housing step (sweep.ts beside this file).

type Ctx = Pick<ActionContext, 'db' | 'now' | 'requestId'>;

export const findBuilding = (db: Database, id: string) => findById<ApartmentBuilding>(db, COLLECTIONS.apartmentBuildings, id);

/** The building an action names (`input.buildingId`), as its prefetch: read beside the caller's user (handler.ts). */
export const buildingNamed = (input: { buildingId: string }, ctx: { db: Database }) => findBuilding(ctx.db, input.buildingId);

/** `findBuilding` read once per building: a sweep goes over many records of few buildings. */
export function buildingReader(db: Database): (id: string) => Promise<ApartmentBuilding> {
  const read = new Map<string, Promise<ApartmentBuilding>>();
  return (id) => {
    if (!read.has(id)) read.set(id, findBuilding(db, id));
    return read.get(id)!;
  };
}
export const findUnit = (db: Database, id: string) => findById<ApartmentUnit>(db, COLLECTIONS.apartmentUnits, id);
/** The unit an action names (`input.unitId`), as its prefetch: read beside the caller's user (handler.ts). */
export const unitNamed = (input: { unitId: string }, ctx: { db: Database }) => findUnit(ctx.db, input.unitId);
export const findApplication = (db: Database, id: string) => findById<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, id);
/** By id, or null: what a retried submit's first call created, if it got that far; or an id that may name a lease. */
export const findApplicationOrNull = (db: Database, id: string) =>
  findByIdOrNull<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, id);
/** The application an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const applicationNamed = (input: { id: string }, ctx: { db: Database }) => findApplication(ctx.db, input.id);
export const findLease = (db: Database, id: string) => findById<ApartmentLease>(db, COLLECTIONS.apartmentLeases, id);
/** The lease an action names (`input.leaseId`), as its prefetch: read beside the caller's user (handler.ts). */
export const leaseNamed = (input: { leaseId: string }, ctx: { db: Database }) => findLease(ctx.db, input.leaseId);

export const findEmployer = (db: Database, creditCode: string) =>
  findByIdOrNull<ApartmentEmployer>(db, COLLECTIONS.apartmentEmployers, creditCode);

export const policyOf = (building: Pick<ApartmentBuilding, 'policy'>): ApartmentPolicy => resolveApartmentPolicy(building.policy);

/** Compare-and-set on the application's status; CONFLICT when someone changed it first. */
export const setApplication = (db: Database, input: { id: string; from: ApartmentStatus; fields: Partial<ApartmentApplication> }) =>
  setIfStatus<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, input);

/** The applications waiting for one building and unit type (the list, unranked). */
export async function waitingApplications(db: Database, buildingId: string, unitType: string): Promise<ApartmentApplication[]> {
  const { data } = await db
    .collection(COLLECTIONS.apartmentApplications)
    .where({ buildingId, unitType, status: 'waiting' })
    .limit(1000)
    .get();
  return data as ApartmentApplication[];
}

/**
 * The first `count` of a building's list for a unit type, in serving order, without reading the whole list: the
 * first `count` of each priority tier (by time queued), ranked together by core, whose first `count` are the list's.
 */
export async function waitingHeads(
  db: Database,
  input: { buildingId: string; unitType: string; policy: ApartmentPolicy; count: number },
): Promise<ApartmentApplication[]> {
  const _ = db.command;
  const listed = input.policy.priorityTiers.flat();
  const tiers = [...input.policy.priorityTiers.map((tier) => _.in(tier)), _.nin(listed)];
  const found: ApartmentApplication[] = [];
  for (const category of tiers) {
    const { data } = await db
      .collection(COLLECTIONS.apartmentApplications)
      .where({ buildingId: input.buildingId, unitType: input.unitType, status: 'waiting', category })
      .orderBy('queuedAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(input.count)
      .get();
    found.push(...(data as ApartmentApplication[]));
  }
  const byId = new Map(found.map((a) => [a._id, a]));
  return rankWaitingList(input.policy, found.map(waitingEntryOf))
    .slice(0, input.count)
    .map((r) => byId.get(r.id)!);
}

export const waitingEntryOf = (app: ApartmentApplication) => ({
  id: app._id,
  category: app.category,
  queuedAt: new Date(app.queuedAt ?? app.submittedAt).toISOString(),
});

/** What the applicant, the employer's HR and the operators see: no identity hash, no sealed numbers, no write token. */
export function toApartmentView(app: ApartmentApplication) {
  const { idHash: _hidden, lastChange: _token, person, ...view } = app;
  return { ...view, person: withoutSealed(person) };
}

export const toBuildingView = (building: ApartmentBuilding) => ({ ...building, policy: policyOf(building) });

const ATTEMPTS = 12;
/** Jittered, doubling up to 160 ms: writers that lost to each other do not meet again at once. */
const pause = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(160, 5 * 2 ** attempt)));

/**
 * One change of a unit's periods, decided by core (`changePeriods`: no clash with another holder's live period) on
 * the unit as read and written only if nobody wrote it meanwhile (`{ _id, version }`). Lost the race: read again
 * and decide again, a few times, then CONFLICT. This is the one way periods are written, so no two households ever
 * hold a unit for overlapping days, whatever runs at the same time.
 */
export async function changeUnit(
  db: Database,
  input: { unitId: string; change: PeriodChange; today: string; now: Date },
): Promise<ApartmentUnit> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
    const unit = await findUnit(db, input.unitId);
    const decision = changePeriods({ unitId: unit._id, periods: unit.periods, change: input.change, today: input.today });
    if (!decision.ok) {
      const [first] = decision.reasons;
      throw new AppError('CONFLICT', { message: first.message, details: { reasons: decision.reasons } });
    }
    const fields = { periods: decision.periods, version: unit.version + 1, updatedAt: input.now };
    const { updated } = await db
      .collection(COLLECTIONS.apartmentUnits)
      .where({ _id: unit._id, version: unit.version })
      .update({ ...fields, periods: db.command.set(decision.periods) });
    if (updated === 1) return { ...unit, ...fields };
    await pause(attempt);
  }
  throw new AppError('CONFLICT');
}

/** Gives up what a holder has on a unit; never refused (a release of nothing changes nothing). */
export async function releaseUnit(db: Database, input: { unitId: string; holderId: string; today: string; now: Date }) {
  await changeUnit(db, { unitId: input.unitId, change: { kind: 'release', holderId: input.holderId }, today: input.today, now: input.now });
}

/**
 * Gives back the application's place in the viewing slot it booked, if any: a household whose offer ends without a
 * lease will not come, and the next one offered may want the slot. A release sent again gives nothing back twice.
 */
export async function releaseViewing(db: Database, app: Pick<ApartmentApplication, '_id' | 'buildingId' | 'viewing'>): Promise<void> {
  if (app.viewing) await unbookSlot(db, { slotId: viewingSlotId(app.buildingId, app.viewing), applicationId: app._id });
}

/** The household's claim goes with its last active application (only if it is still this application's). */
export async function releaseClaim(db: Database, app: Pick<ApartmentApplication, '_id' | 'idHash'>): Promise<void> {
  await db.collection(COLLECTIONS.apartmentClaims).where({ _id: app.idHash, applicationId: app._id }).remove();
}

/** Tells a user of a decision already written; never turns the decision into an error. */
export async function tell(
  ctx: Ctx,
  input: {
    recipient: string;
    event: ApartmentNoticeEvent;
    recordId: string;
    version: Date;
    buildingName: LocalizedText;
    data?: Record<string, unknown>;
  },
) {
  const { recipient, ...notice } = input;
  await notifyAfterChange(ctx, recipient, apartmentNotice(notice));
}
