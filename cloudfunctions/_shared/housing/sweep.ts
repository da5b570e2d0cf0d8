import { shanghaiDate } from '../../../core/dates';
import type { ApartmentApplication, ApartmentBuilding } from '../../../core/housing/records';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { skipConflict } from '../skip-conflict';
import { endOffer } from './lifecycle';
import { findBuilding, releaseClaim, setApplication, tell } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * The scheduler's housing step, a page of each kind: applications whose employer did not confirm by the last day
 * (policy working days, fixed at submit) lapse; offers not accepted by their last day end as a decline would.
 */
export async function sweepHousing(ctx: SweepContext, input: { limit: number }): Promise<{ employerLapsed: number; offersLapsed: number }> {
  const { db, now } = ctx;
  const _ = db.command;
  const today = shanghaiDate(now);
  const buildings = new Map<string, ApartmentBuilding>();
  const buildingOf = async (id: string) => {
    if (!buildings.has(id)) buildings.set(id, await findBuilding(db, id));
    return buildings.get(id)!;
  };
  const result = { employerLapsed: 0, offersLapsed: 0 };
  const due = async (where: Record<string, unknown>) =>
    (await db.collection(COLLECTIONS.apartmentApplications).where(where).limit(input.limit).get()).data as ApartmentApplication[];

  for (const app of await due({ status: 'awaiting-employer', employerDueOn: _.lt(today) })) {
    const lapsed = await skipConflict(async () => {
      await setApplication(db, { id: app._id, from: 'awaiting-employer', fields: { status: 'lapsed', updatedAt: now } });
      await releaseClaim(db, app);
      await recordAudit(
        { ...ctx, action: 'housing.lapse' },
        { target: { collection: COLLECTIONS.apartmentApplications, id: app._id }, before: 'awaiting-employer', after: 'lapsed' },
      );
      const building = await buildingOf(app.buildingId);
      await tell(ctx, { recipient: app.ownerId, event: 'lapsed', recordId: app._id, version: app.updatedAt, buildingName: building.name });
    });
    if (lapsed) result.employerLapsed += 1;
  }
  for (const app of await due({ status: 'offered', 'offer.expiresOn': _.lt(today) })) {
    const building = await buildingOf(app.buildingId);
    if (await skipConflict(() => endOffer(ctx, { app, building, why: 'lapsed' }))) result.offersLapsed += 1;
  }
  return result;
}
