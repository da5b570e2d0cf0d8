import { defineAction } from '../../../core/contract';
import { housingApi } from '../../../core/housing/api';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { applicationsIn, buildingsRun, unitsOf } from '../../_shared/housing/repository';
import { buildingNamed, toApartmentView, toBuildingView } from '../../_shared/housing/store';
import { STAFF, staffBuilding } from '../../_shared/housing/access';

// What the operators' and admins' screens read: the buildings they run, each one's units with their periods, and
// the applications beside the waiting list (awaiting the employer, or offered).

const action = defineAction<ActionContext>();

/** The buildings the caller runs: an admin every building (inactive ones too), an operator their station's. */
export const staffBuildings = action({
  ...housingApi.staffBuildings,
  roles: STAFF,
  async handler(_input, ctx) {
    const caller = callerOf(ctx);
    if (!caller.roles.includes('admin') && !caller.stationId) return { items: [] };
    const found = await buildingsRun(ctx.db, caller.roles.includes('admin') ? null : caller.stationId);
    return { items: found.sort((a, b) => a._id.localeCompare(b._id)).map(toBuildingView) };
  },
});

/** A building's units by number, each with the periods it is taken (the board works out free days from them). */
export const units = action({
  ...housingApi.units,
  roles: STAFF,
  prefetch: buildingNamed,
  async handler(_input, ctx, read) {
    const building = staffBuilding(ctx, read);
    const found = await unitsOf(ctx.db, building._id);
    return { items: found.sort((a, b) => a.number.localeCompare(b.number, 'en', { numeric: true })) };
  },
});

/** A building's applications for a unit type awaiting the employer's confirmation, or offered, oldest first. */
export const applications = action({
  ...housingApi.applications,
  roles: STAFF,
  prefetch: buildingNamed,
  async handler(input, ctx, read) {
    const building = staffBuilding(ctx, read);
    const found = await applicationsIn(ctx.db, { buildingId: building._id, unitType: input.unitType, status: input.status });
    return { items: found.map(toApartmentView) };
  },
});
