import { AppError } from '../../../core/contract';
import type { ApartmentApplication, ApartmentBuilding } from '../../../core/housing/records';
import { assertStationStaff } from '../../../core/stays/access';
import type { ActionContext } from '../handler';
import { callerOf } from '../caller';
import { findEmployer } from './store';

/** The building's operators (its station's) and admins run its list and leases. */
export const STAFF = ['operator', 'admin'] as const;

/** The building an operator acts on, as its action read it (`buildingNamed`): at the operator's station (admins: any). */
export function staffBuilding(ctx: ActionContext, building: ApartmentBuilding): ApartmentBuilding {
  assertStationStaff(callerOf(ctx), building.stationId);
  return building;
}

/**
 * The application an employer's HR acts on (as its action read it, `applicationNamed`): it names an employer of the
 * register whose HR list has the caller. To any other employer it does not exist (NOT_FOUND, so ids cannot be probed).
 */
export async function employerApplication(ctx: ActionContext, app: ApartmentApplication): Promise<ApartmentApplication> {
  const employer = await findEmployer(ctx.db, app.employer.creditCode);
  if (!employer?.active || !employer.hrOpenIds.includes(ctx.identity.openId)) throw new AppError('NOT_FOUND');
  return app;
}
