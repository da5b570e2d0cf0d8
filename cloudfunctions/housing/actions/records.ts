import { defineAction } from '../../../core/contract';
import { housingApi } from '../../../core/housing/api';
import { assertStationOperator } from '../../../core/stays/access';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { leaseTenant } from '../../_shared/housing/blocks';
import { findApplicationOrNull, findBuilding, findLease } from '../../_shared/housing/store';
import { revealPerson } from '../../_shared/reveal';

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
    const app = await findApplicationOrNull(ctx.db, input.id);
    const lease = app ? null : await findLease(ctx.db, input.id);
    const buildingId = app?.buildingId ?? lease!.buildingId;
    const building = await findBuilding(ctx.db, buildingId);
    assertStationOperator(callerOf(ctx), building.stationId);
    const person = app ? app.person : (await leaseTenant(ctx.db, lease!)).person;
    const record = app
      ? { collection: COLLECTIONS.apartmentApplications, id: app._id, status: app.status }
      : { collection: COLLECTIONS.apartmentLeases, id: lease!._id, status: lease!.status };
    return revealPerson(ctx, { action: 'housing.reveal', person, record });
  },
});
