import { AppError } from '../../../core/contract';
import type { ApartmentApplication, ApartmentBuilding } from '../../../core/housing/records';
import { assertStationStaff } from '../../../core/stays/access';
import type { ActionContext } from '../handler';
import { callerOf } from '../caller';
import { findApplication, findBuilding, findEmployer } from './store';

/** The building's operators (its station's) and admins run its list and leases. */
export const STAFF = ['operator', 'admin'] as const;

export async function staffBuilding(ctx: ActionContext, buildingId: string): Promise<ApartmentBuilding> {
  const building = await findBuilding(ctx.db, buildingId);
  assertStationStaff(callerOf(ctx), building.stationId);
  return building;
}

/**
 * The application an employer's HR acts on: it names an employer of the register whose HR list has the caller.
 * To any other employer it does not exist (NOT_FOUND, so ids cannot be probed).
 */
export async function employerApplication(ctx: ActionContext, id: string): Promise<ApartmentApplication> {
  const app = await findApplication(ctx.db, id);
  const employer = await findEmployer(ctx.db, app.employer.creditCode);
  if (!employer?.active || !employer.hrOpenIds.includes(ctx.identity.openId)) throw new AppError('NOT_FOUND');
  return app;
}
