import { assertStationStaff } from '../../core/stays/access';
import type { StayApplication } from '../../core/stays/model';
import type { ActionContext } from '../_shared/handler';
import { callerOf } from '../_shared/caller';
import { findStay } from '../_shared/stays/repository';

/** The application an operator acts on: it must exist, and be at the operator's station (admins: any). */
export async function staffStay(ctx: ActionContext, id: string): Promise<StayApplication> {
  const app = await findStay(ctx.db, id);
  assertStationStaff(callerOf(ctx), app.stationId);
  return app;
}

export const STAFF = ['operator', 'admin'] as const;
