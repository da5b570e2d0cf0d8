import { AppError } from '../../../core/contract';
import type { ApartmentBuilding } from '../../../core/housing/records';
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
 * The application or block an employer's HR acts on (as its action read it): it names an employer of the register
 * whose HR list has the caller. To any other employer it does not exist (NOT_FOUND, so ids cannot be probed).
 */
export async function employerRecord<R extends { employer: { creditCode: string } }>(ctx: ActionContext, record: R): Promise<R> {
  const employer = await findEmployer(ctx.db, record.employer.creditCode);
  if (!employer?.active || !employer.hrOpenIds.includes(ctx.identity.openId)) throw new AppError('NOT_FOUND');
  return record;
}
