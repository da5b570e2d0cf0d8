import { abandonedBefore } from '../../../core/capacity/pending';
import { shanghaiDate } from '../../../core/dates';
import { leasePeriodOf, leaseRepair } from '../../../core/housing/lease-repairs';
import type { ApartmentLease, ApartmentUnit } from '../../../core/housing/records';
import type { Database } from '../cloud';
import { COLLECTIONS } from '../collections';
import { skipConflict } from '../skip-conflict';
import { undoRenewal } from './repository';
import { endLeasedApplication } from './lifecycle';
import { changeUnit } from './store';

/** How far back a lease change is checked: what a run left apart is found by the next runs, every 15 minutes. */
const LOOK_BACK_MS = 7 * 24 * 60 * 60 * 1000;
/** Leases, and units, read in one query. */
const PER_QUERY = 100;

/**
 * Leases a renewal, a notice or a move-out changed within the last week, past the submit grace (so that no change
 * is still running), whose unit's period or application that change was cut short before (core `leaseRepair`):
 * - the unit's period is made to end when the lease does; a renewal the unit can no longer take (promised to
 *   another household meanwhile) is taken back, as `requestRenewal` does when the unit refuses it;
 * - the application of a lease moved out of ends, and its household's claim goes, as `recordMoveOut` does.
 * Each write is conditional (the unit's version, the lease's end, the application's status), so a run racing a
 * person, or another run, changes nothing twice. Answers how many leases were repaired.
 */
export async function repairLeases(db: Database, now: Date): Promise<number> {
  const _ = db.command;
  const today = shanghaiDate(now);
  const changed = _.gt(new Date(now.getTime() - LOOK_BACK_MS)).and(_.lte(abandonedBefore(now)));
  let repaired = 0;
  for (let page = 0; ; page += 1) {
    const { data } = await db
      .collection(COLLECTIONS.apartmentLeases)
      .where({ updatedAt: changed })
      .orderBy('updatedAt', 'asc')
      .orderBy('_id', 'asc')
      .skip(page * PER_QUERY)
      .limit(PER_QUERY)
      .get();
    const leases = (data as ApartmentLease[]).filter((lease) => !lease.blockId);
    const units = await unitsById(db, [...new Set(leases.map((lease) => lease.unitId))]);
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
    if (data.length < PER_QUERY) return repaired;
  }
}

async function unitsById(db: Database, ids: string[]): Promise<Map<string, ApartmentUnit>> {
  const units = new Map<string, ApartmentUnit>();
  for (let i = 0; i < ids.length; i += PER_QUERY) {
    const { data } = await db
      .collection(COLLECTIONS.apartmentUnits)
      .where({ _id: db.command.in(ids.slice(i, i + PER_QUERY)) })
      .limit(PER_QUERY)
      .get();
    for (const unit of data as ApartmentUnit[]) units.set(unit._id, unit);
  }
  return units;
}
