import { assertStationStaff } from '../../core/stays/access';
import type { SeatApplication } from '../../core/workspaces/model';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';

export const STAFF = ['operator', 'admin'] as const;

/** The application an operator acts on (as its action read it, `seatsNamed`): at their station (admins: any), or FORBIDDEN. */
export function staffSeats(ctx: ActionContext, app: SeatApplication): SeatApplication {
  assertStationStaff(callerOf(ctx), app.stationId);
  return app;
}
