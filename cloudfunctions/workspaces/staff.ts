import { assertStationStaff } from '../../core/stays/access';
import type { SeatApplication } from '../../core/workspaces/model';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';
import { findSeats } from '../_shared/workspaces/repository';

export const STAFF = ['operator', 'admin'] as const;

/** The application an operator acts on: at their station (admins: any), or FORBIDDEN. */
export async function staffSeats(ctx: ActionContext, id: string): Promise<SeatApplication> {
  const app = await findSeats(ctx.db, id);
  assertStationStaff(callerOf(ctx), app.stationId);
  return app;
}
