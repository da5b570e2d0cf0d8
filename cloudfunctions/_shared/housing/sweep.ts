import { addDays, shanghaiDate } from '../../../core/dates';
import type { ApartmentApplication, ApartmentLease } from '../../../core/housing/records';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { notify } from '../notify';
import { skipConflict } from '../skip-conflict';
import { apartmentNotice } from '../../../core/housing/notices';
import { endOffer } from './lifecycle';
import { buildingReader, releaseClaim, setApplication, tell } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/** Reminders before a lease ends, in days (the 60 and 30). */
const LEASE_REMINDER_DAYS = [60, 30];

/**
 * The scheduler's housing step, a page of each kind: applications whose employer did not confirm by the last day
 * (policy working days, fixed at submit) lapse; offers not accepted by their last day end as a decline would.
 * Reminders go out on an offer's last day and 60 and 30 days before a lease ends, once each (the notice key names
 * the day it is for, so a second run that day sends nothing).
 */
export async function sweepHousing(
  ctx: SweepContext,
  input: { limit: number },
): Promise<{ employerLapsed: number; offersLapsed: number; reminded: number }> {
  const { db, now } = ctx;
  const _ = db.command;
  const today = shanghaiDate(now);
  const buildingOf = buildingReader(db);
  const result = { employerLapsed: 0, offersLapsed: 0, reminded: 0 };
  /** A reminder changes nothing but the outbox: counted only when newly queued. */
  const remind = (recipient: string, notice: Parameters<typeof apartmentNotice>[0]) =>
    notify(db, [recipient], apartmentNotice(notice), now);
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
  for (const app of await due({ status: 'offered', 'offer.expiresOn': today })) {
    const building = await buildingOf(app.buildingId);
    const { offer } = app;
    if (!offer) continue;
    result.reminded += await remind(app.ownerId, {
      event: 'offerLapsing',
      recordId: app._id,
      version: new Date(`${offer.expiresOn}T00:00:00Z`),
      buildingName: building.name,
      data: { start: offer.start, expiresOn: offer.expiresOn },
    });
  }
  for (const days of LEASE_REMINDER_DAYS) {
    const { data } = await db
      .collection(COLLECTIONS.apartmentLeases)
      .where({ status: 'active', end: addDays(today, days) })
      .limit(input.limit)
      .get();
    for (const lease of data as ApartmentLease[]) {
      const building = await buildingOf(lease.buildingId);
      result.reminded += await remind(lease.ownerId, {
        event: 'leaseEnding',
        recordId: lease._id,
        version: new Date(`${today}T00:00:00Z`),
        buildingName: building.name,
        data: { end: lease.end, daysLeft: days },
      });
    }
  }
  return result;
}
