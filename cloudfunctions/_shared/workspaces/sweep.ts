import { shanghaiDate } from '../../../core/dates';
import { reviewOverdue } from '../../../core/stays/sweep';
import { termOver } from '../../../core/workspaces/application';
import { resolveSeatPolicy } from '../../../core/stations/policy';
import type { CalendarSet } from '../../../core/calendar';
import { skipConflict } from '../skip-conflict';
import type { ActionContext } from '../handler';
import { stationsByIds } from '../stations';
import { changeSeats } from './lifecycle';
import { oldestSeats } from './repository';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * The seats timer work, a page of each: pending too long unreviewed → expired (seats released); approved terms
 * past their end → ended (the days stay counted as used). Called by the scheduler, or by an admin as
 * `workspaces.sweep`.
 */
export async function sweepSeats(
  ctx: SweepContext,
  input: { limit: number; calendars: CalendarSet },
): Promise<{ expired: number; ended: number }> {
  const { db, now } = ctx;
  const _ = db.command;
  const result = { expired: 0, ended: 0 };
  const pending = await oldestSeats(db, { status: 'pending', submittedAt: _.lt(new Date(now.getTime() - 86_400_000)) }, input.limit);
  // One station query for the page, not one per application.
  const stations = await stationsByIds(
    db,
    pending.map((app) => app.stationId),
  );
  for (const app of pending) {
    const { reviewWorkingDays } = resolveSeatPolicy(stations.get(app.stationId)?.seatPolicy);
    if (!reviewOverdue({ submittedAt: new Date(app.submittedAt), now, workingDays: reviewWorkingDays, calendars: input.calendars }))
      continue;
    if (await skipConflict(() => changeSeats(ctx, { app, event: 'expire', actor: 'system' }))) result.expired += 1;
  }
  const approved = await oldestSeats(db, { status: 'approved', endDate: _.lte(shanghaiDate(now)) }, input.limit);
  for (const app of approved) {
    if (!termOver({ endDate: app.endDate, now })) continue;
    if (await skipConflict(() => changeSeats(ctx, { app, event: 'end', actor: 'system' }))) result.ended += 1;
  }
  return result;
}
