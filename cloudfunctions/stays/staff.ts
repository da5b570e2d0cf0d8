import { assertStationStaff } from '../../core/stays/access';
import type { StayApplication } from '../../core/stays/model';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';

/** The application an operator acts on (as its action read it, `stayNamed`): at the operator's station (admins: any). */
export function staffStay(ctx: ActionContext, app: StayApplication): StayApplication {
  assertStationStaff(callerOf(ctx), app.stationId);
  return app;
}

export const STAFF = ['operator', 'admin'] as const;
