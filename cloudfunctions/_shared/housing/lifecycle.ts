import { shanghaiDate } from '../../../core/dates';
import { afterDecline } from '../../../core/housing/waiting-list';
import type { ApartmentApplication, ApartmentBuilding } from '../../../core/housing/records';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import type { Database } from '../cloud';
import { findApplication, policyOf, releaseClaim, releaseUnit, releaseViewing, setApplication, tell, toApartmentView } from './store';

type Ctx = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * An offer that ends without a lease, declined by the applicant or lapsed (the scheduler): by the policy and the
 * declines so far the application goes back to the end of its tier or off the list; the unit is given back.
 */
export async function endOffer(ctx: Ctx, input: { app: ApartmentApplication; building: ApartmentBuilding; why: 'declined' | 'lapsed' }) {
  const { db, now } = ctx;
  const { app, building } = input;
  const today = shanghaiDate(now);
  const next = afterDecline({ policy: policyOf(building), declinesBefore: app.declines });
  const fields: Partial<ApartmentApplication> =
    next === 'remove'
      ? { status: 'removed', offer: null, viewing: null, declines: app.declines + 1, updatedAt: now }
      : { status: 'waiting', offer: null, viewing: null, declines: app.declines + 1, queuedAt: now, updatedAt: now };
  await setApplication(db, { id: app._id, from: 'offered', fields });
  if (app.offer) await releaseUnit(db, { unitId: app.offer.unitId, holderId: app._id, today, now });
  await releaseViewing(db, app);
  if (next === 'remove') await releaseClaim(db, app);
  if (input.why === 'lapsed') {
    await recordAudit(
      { ...ctx, action: 'housing.lapseOffer' },
      { target: { collection: COLLECTIONS.apartmentApplications, id: app._id }, before: 'offered', after: fields.status ?? null },
    );
    await tell(ctx, {
      recipient: app.ownerId,
      event: 'offerLapsed',
      recordId: app._id,
      version: app.updatedAt,
      buildingName: building.name,
    });
  }
  if (next === 'remove')
    await tell(ctx, { recipient: app.ownerId, event: 'removed', recordId: app._id, version: app.updatedAt, buildingName: building.name });
  return toApartmentView({ ...app, ...fields });
}

/** A lease ended (moved out): its application ends with it, and the household may apply again. */
export async function endLeasedApplication(db: Database, input: { applicationId: string; now: Date }): Promise<boolean> {
  const app = await findApplication(db, input.applicationId);
  if (app.status !== 'leased') return false;
  await setApplication(db, { id: app._id, from: 'leased', fields: { status: 'ended', updatedAt: input.now } });
  await releaseClaim(db, app);
  return true;
}
