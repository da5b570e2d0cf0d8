import { AppError, defineAction } from '../../../core/contract';
import { housingApi } from '../../../core/housing/api';
import type { ApartmentApplication } from '../../../core/housing/records';
import { assertStationOperator } from '../../../core/stays/access';
import type { Person } from '../../../core/stays/model';
import { findByIdOrNull } from '../../_shared/applications';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { leaseTenant } from '../../_shared/housing/blocks';
import { findBuilding, findLease } from '../../_shared/housing/store';
import { openValue } from '../../_shared/pii';

const action = defineAction<ActionContext>();

/**
 * An applicant's or a tenant's phone and identity numbers in clear, for an operator of the building's station (at
 * move-in, say): the only way they leave the database decrypted, as for stays. `id` is an application or a lease.
 * Every reveal is audited (`housing.reveal`) before the numbers are returned.
 */
export const reveal = action({
  ...housingApi.reveal,
  roles: ['operator'],
  async handler(input, ctx) {
    const app = await findByIdOrNull<ApartmentApplication>(ctx.db, COLLECTIONS.apartmentApplications, input.id);
    const lease = app ? null : await findLease(ctx.db, input.id);
    const buildingId = app?.buildingId ?? lease!.buildingId;
    const building = await findBuilding(ctx.db, buildingId);
    assertStationOperator(callerOf(ctx), building.stationId);
    const person = app ? app.person : (await leaseTenant(ctx.db, lease!)).person;
    // An anonymised record (its owner deleted their account) has no numbers left to give.
    const { sealed } = person as Partial<Person>;
    if (!sealed) throw new AppError('NOT_FOUND');
    const revealed = {
      id: input.id,
      name: person.name,
      idKind: person.idKind,
      idNumber: openValue(ctx.config.pii, sealed.idNumber),
      phone: openValue(ctx.config.pii, sealed.phone),
    };
    const target = app
      ? { collection: COLLECTIONS.apartmentApplications, id: app._id, status: app.status }
      : { collection: COLLECTIONS.apartmentLeases, id: lease!._id, status: lease!.status };
    await recordAudit(
      { ...ctx, action: 'housing.reveal' },
      {
        target: { collection: target.collection, id: target.id },
        before: target.status,
        after: target.status,
        note: { fields: ['idNumber', 'phone'] },
      },
    );
    return revealed;
  },
});
