import { abandonedBefore, changeSettled } from '../../../core/capacity/pending';
import { shanghaiDate } from '../../../core/dates';
import { leaseIdOf, leaseOfBlockUnit, leaseOfOffer } from '../../../core/housing/lease';
import {
  acceptRepair,
  confirmedWithoutLease,
  leasePeriodOf,
  leaseRepair,
  offerRepair,
  strayOffers,
  strayViewings,
  type OfferHolder,
} from '../../../core/housing/repairs';
import { livePeriods } from '../../../core/housing/unit-periods';
import type { ApartmentApplication, ApartmentBlock, ApartmentLease, ApartmentUnit, ViewingSlot } from '../../../core/housing/records';
import { findByIds, storedIds } from '../applications';
import type { Database } from '../cloud';
import { COLLECTIONS } from '../collections';
import { addOnce } from '../duplicate';
import { skipConflict } from '../skip-conflict';
import { removeInvite } from './blocks';
import { activeBuildings, undoRenewal, unbookSlot, viewingSlotId } from './repository';
import { endLeasedApplication } from './lifecycle';
import { buildingReader, changeUnit, policyOf, releaseUnit, releaseViewing, setApplication } from './store';

/** How far back changes are checked: what a change left apart is found by the next runs, every 15 minutes. */
const LOOK_BACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Records read in one page. */
const PER_QUERY = 100;

/**
 * What an offer, its end, a viewing, an accept, a block tenant's confirmation or a lease change cut short left
 * apart, put right (core `offerRepair`, `strayOffers`, `strayViewings`, `acceptRepair`, `confirmedWithoutLease`,
 * `leaseRepair`), among the records changed within the last week and past the submit grace (so that no change is
 * still running), the units holding offers and the viewing slots from today on. Answers how many were repaired.
 */
export async function repairHousing(db: Database, now: Date): Promise<number> {
  return (
    (await repairLeaseChanges(db, now)) +
    (await finishAccepts(db, now)) +
    (await returnUnheldOffers(db, now)) +
    (await releaseStrayOffers(db, now)) +
    (await releaseStrayViewings(db, now)) +
    (await finishBlockConfirmations(db, now))
  );
}

/**
 * Each page of `collection` changed within the last week and past the grace, oldest first. A page starts after the
 * last record of the one before (its `updatedAt`, then `_id`), not at an offset: a repair writes its record, which
 * moves it out of the window, and an offset would then skip as many records as were repaired.
 */
async function* changedRecently<T extends { _id: string; updatedAt: Date }>(
  db: Database,
  collection: string,
  where: Record<string, unknown>,
  now: Date,
): AsyncGenerator<T[]> {
  const _ = db.command;
  const upTo = abandonedBefore(now);
  const window = { ...where, updatedAt: _.gt(new Date(now.getTime() - LOOK_BACK_MS)).and(_.lte(upTo)) };
  let last: T | undefined;
  for (;;) {
    const after = last && _.or([{ updatedAt: _.gt(last.updatedAt) }, { updatedAt: last.updatedAt, _id: _.gt(last._id) }]);
    const { data } = await db
      .collection(collection)
      .where(after ? _.and([window, after]) : window)
      .orderBy('updatedAt', 'asc')
      .orderBy('_id', 'asc')
      .limit(PER_QUERY)
      .get();
    yield data as T[];
    if (data.length < PER_QUERY) return;
    last = data[data.length - 1] as T;
  }
}

/**
 * Leases a renewal, a notice or a move-out changed, whose unit's period or application that change was cut short
 * before:
 * - the unit's period is made to end when the lease does; a renewal the unit can no longer take (promised to
 *   another household meanwhile) is taken back, as `requestRenewal` does when the unit refuses it;
 * - the application of a lease moved out of ends, and its household's claim goes, as `recordMoveOut` does.
 * Each write is conditional (the unit's version, the lease's end, the application's status), so a run racing a
 * person, or another run, changes nothing twice.
 */
async function repairLeaseChanges(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  let repaired = 0;
  for await (const page of changedRecently<ApartmentLease>(db, COLLECTIONS.apartmentLeases, {}, now)) {
    const leases = page.filter((lease) => !lease.blockId);
    const units = await unitsById(
      db,
      leases.map((lease) => lease.unitId),
    );
    for (const lease of leases) {
      const unit = units.get(lease.unitId);
      const repair = unit ? leaseRepair(lease, leasePeriodOf(unit.periods, lease.applicationId)) : { kind: 'none' as const };
      let done = false;
      if (repair.kind === 'change') {
        done = await skipConflict(() => changeUnit(db, { unitId: lease.unitId, change: repair.change, today, now }));
        if (!done && repair.undo) {
          const { renewedEnd, fields } = repair.undo;
          await undoRenewal(db, { lease: { ...lease, ...fields }, renewedEnd, now });
          done = true;
        }
      }
      if (lease.status === 'ended' && (await endLeasedApplication(db, { applicationId: lease.applicationId, now }))) done = true;
      if (done) repaired += 1;
    }
  }
  return repaired;
}

/**
 * Applications an accept left `leased` with no lease (core `acceptRepair`): the accept is finished as `acceptOffer`
 * would have (the unit's period, then the lease it would have written, signed when the application was), or the
 * application goes back to `offered`, as `acceptOffer` puts it back when the unit refuses. Then a later run puts it
 * back on the list while the offer is open (`returnUnheldOffers`), or the housing sweep lapses it past its last day.
 */
async function finishAccepts(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const buildingOf = buildingReader(db);
  let repaired = 0;
  for await (const page of changedRecently<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, { status: 'leased' }, now)) {
    const leased = await storedIds(
      db,
      COLLECTIONS.apartmentLeases,
      page.map((app) => leaseIdOf(app._id)),
    );
    const orphans = page.filter((app) => app.offer && !leased.has(leaseIdOf(app._id)));
    const units = await unitsById(
      db,
      orphans.map((app) => app.offer!.unitId),
    );
    for (const app of orphans) {
      const offer = app.offer!;
      const periods = units.get(offer.unitId)?.periods ?? [];
      if (acceptRepair({ holderId: app._id, periods, today }) === 'finish') {
        if (
          !(await skipConflict(() => changeUnit(db, { unitId: offer.unitId, change: { kind: 'accept', holderId: app._id }, today, now })))
        )
          continue;
        const building = await buildingOf(app.buildingId);
        await addOnce(
          db,
          COLLECTIONS.apartmentLeases,
          leaseOfOffer({ app, offer, building, policy: policyOf(building), at: app.updatedAt }),
        );
      } else if (
        !(await skipConflict(() =>
          setApplication(db, { id: app._id, from: 'leased', fields: { status: 'offered', leaseId: null, updatedAt: now } }),
        ))
      ) {
        continue;
      }
      repaired += 1;
    }
  }
  return repaired;
}

/**
 * Applications an offer left `offered` with nothing on the unit (core `offerRepair`): back to the list as `offer`
 * puts them back when the unit refuses. Runs after `finishAccepts`, which may have put an accept back to `offered`.
 */
async function returnUnheldOffers(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  let repaired = 0;
  for await (const page of changedRecently<ApartmentApplication>(db, COLLECTIONS.apartmentApplications, { status: 'offered' }, now)) {
    const offered = page.filter((app) => app.offer);
    const units = await unitsById(
      db,
      offered.map((app) => app.offer!.unitId),
    );
    for (const app of offered) {
      const periods = units.get(app.offer!.unitId)?.periods ?? [];
      if (offerRepair({ holderId: app._id, offer: app.offer!, periods, today }) === 'none') continue;
      const back = { status: 'waiting' as const, offer: null, viewing: null, updatedAt: now };
      if (!(await skipConflict(() => setApplication(db, { id: app._id, from: 'offered', fields: back })))) continue;
      // A viewing booked on the offer the unit never held: its place goes back with it.
      await releaseViewing(db, app);
      repaired += 1;
    }
  }
  return repaired;
}

/**
 * Units holding an offer for a household no longer offered them (core `strayOffers`): a decline, a withdrawal or a
 * lapse cut short before it gave the unit back. Given back as that change would have (`releaseUnit`).
 */
async function releaseStrayOffers(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  let repaired = 0;
  // After the last unit read, not at an offset: a unit given back no longer matches (changedRecently).
  for (let last = ''; ;) {
    const { data } = await db
      .collection(COLLECTIONS.apartmentUnits)
      .where({ 'periods.kind': 'offer', _id: db.command.gt(last) })
      .orderBy('_id', 'asc')
      .limit(PER_QUERY)
      .get();
    const units = data as ApartmentUnit[];
    const holders = await offerHolders(
      db,
      units.flatMap((unit) => livePeriods(unit.periods, today).map((p) => p.holderId)),
      now,
    );
    for (const unit of units)
      for (const holderId of strayOffers({ unitId: unit._id, periods: unit.periods, holders, today }))
        if (await skipConflict(() => releaseUnit(db, { unitId: unit._id, holderId, today, now }))) repaired += 1;
    if (data.length < PER_QUERY) return repaired;
    last = units[units.length - 1]._id;
  }
}

/**
 * Places in the viewing slots from today on held for a household that no longer names them (core `strayViewings`):
 * a decline, a withdrawal or a lapse cut short before it gave the place back, or a booking cut short before the
 * application named it. Given back as that change would have (`unbookSlot`, conditional on the booking).
 */
async function releaseStrayViewings(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const today = shanghaiDate(now);
  let repaired = 0;
  for (const building of await activeBuildings(db)) {
    // After the last slot read, not at an offset: a place given back may empty a slot out of the query.
    for (let last = ''; ;) {
      const { data } = await db
        .collection(COLLECTIONS.apartmentViewings)
        .where({ buildingId: building._id, date: _.gte(today), count: _.gt(0), _id: _.gt(last) })
        .orderBy('_id', 'asc')
        .limit(PER_QUERY)
        .get();
      const slots = data as ViewingSlot[];
      type Read = Pick<ApartmentApplication, '_id' | 'status' | 'buildingId' | 'viewing' | 'updatedAt'>;
      const apps = await findByIds<Read>(
        db,
        COLLECTIONS.apartmentApplications,
        slots.flatMap((slot) => slot.bookings),
        { _id: true, status: true, buildingId: true, viewing: true, updatedAt: true },
      );
      const holders = new Map(
        [...apps.values()].map((app) => [
          app._id,
          {
            status: app.status,
            slotId: app.viewing ? viewingSlotId(app.buildingId, app.viewing) : null,
            settled: changeSettled(app.updatedAt, now),
          },
        ]),
      );
      for (const slot of slots)
        for (const applicationId of strayViewings({ slotId: slot._id, bookings: slot.bookings, holders }))
          if (await unbookSlot(db, { slotId: slot._id, applicationId })) repaired += 1;
      if (data.length < PER_QUERY) break;
      last = slots[slots.length - 1]._id;
    }
  }
  return repaired;
}

/** The applications of `ids` as `strayOffers` reads them (ids with no application are not in the map). */
async function offerHolders(db: Database, holderIds: string[], now: Date): Promise<Map<string, OfferHolder>> {
  type Read = Pick<ApartmentApplication, '_id' | 'status' | 'offer' | 'updatedAt'>;
  const apps = await findByIds<Read>(db, COLLECTIONS.apartmentApplications, holderIds, {
    _id: true,
    status: true,
    offer: true,
    updatedAt: true,
  });
  return new Map(
    [...apps.values()].map((app) => [
      app._id,
      { status: app.status, offerUnitId: app.offer?.unitId ?? null, settled: changeSettled(app.updatedAt, now) },
    ]),
  );
}

/**
 * Units of employers' blocks confirmed by their tenant with no lease stored (core `confirmedWithoutLease`): the
 * lease `confirmTenancy` would have written (core `leaseOfBlockUnit`, signed when the tenant confirmed), and the
 * tenant's code, spent, goes.
 */
async function finishBlockConfirmations(db: Database, now: Date): Promise<number> {
  const buildingOf = buildingReader(db);
  let repaired = 0;
  for await (const page of changedRecently<ApartmentBlock>(db, COLLECTIONS.apartmentBlocks, { status: 'allocated' }, now)) {
    const named = page.flatMap((block) => block.allocations.flatMap((a) => (a.leaseId ? [a.leaseId] : [])));
    const leased = await storedIds(db, COLLECTIONS.apartmentLeases, named);
    for (const block of page) {
      for (const allocation of confirmedWithoutLease(block.allocations, leased)) {
        const building = await buildingOf(block.buildingId);
        const lease = leaseOfBlockUnit({
          block,
          allocation,
          tenantName: allocation.tenant!.person.name,
          ownerId: allocation.ownerId!,
          building,
          policy: policyOf(building),
          at: allocation.confirmedAt!,
        });
        await addOnce(db, COLLECTIONS.apartmentLeases, lease);
        await removeInvite(db, allocation.tenant!.code);
        repaired += 1;
      }
    }
  }
  return repaired;
}

const unitsById = (db: Database, ids: string[]) => findByIds<ApartmentUnit>(db, COLLECTIONS.apartmentUnits, ids);
