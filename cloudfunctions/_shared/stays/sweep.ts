import { addDays, shanghaiDate } from '../../../core/dates';
import { resolveStayPolicy } from '../../../core/stations/policy';
import { noShowDue, offerLapsed, reviewOverdue } from '../../../core/stays/sweep';
import type { CalendarSet } from '../../../core/calendar';
import { skipConflict } from '../skip-conflict';
import type { ActionContext } from '../handler';
import { stationsByIds } from '../stations';
import { changeStay } from './lifecycle';
import { oldestStays } from './repository';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * One pass of the stays timer work, a page of each kind: pending too long unreviewed → expired; approved and not
 * checked in by noon the next day → no-show; waitlist offers past their deadline → expired. Each frees nights,
 * which go on to the waitlist. The scheduler (issue 5) calls this with its working-day calendar; admins can run it
 * by hand as `stays.sweep`.
 */
export async function sweepStays(
  ctx: SweepContext,
  input: { limit: number; calendars: CalendarSet },
): Promise<{ expired: number; noShows: number; offersLapsed: number }> {
  const { db, now } = ctx;
  const _ = db.command;
  const result = { expired: 0, noShows: 0, offersLapsed: 0 };

  // Working days are at least one calendar day each, so nothing submitted within the last day can be overdue.
  const pending = await oldestStays(db, { status: 'pending', submittedAt: _.lt(new Date(now.getTime() - 86_400_000)) }, input.limit);
  // One station query for the page, not one per application.
  const stations = await stationsByIds(
    db,
    pending.map((app) => app.stationId),
  );
  for (const app of pending) {
    const { reviewWorkingDays } = resolveStayPolicy(stations.get(app.stationId)?.stayPolicy);
    if (!reviewOverdue({ submittedAt: new Date(app.submittedAt), now, workingDays: reviewWorkingDays, calendars: input.calendars }))
      continue;
    if (await skipConflict(() => changeStay(ctx, { app, event: 'expire', actor: 'system' }))) result.expired += 1;
  }
  const yesterday = addDays(shanghaiDate(now), -1);
  for (const app of await oldestStays(db, { status: 'approved', checkIn: _.lte(yesterday) }, input.limit)) {
    if (!noShowDue({ checkIn: app.checkIn, now })) continue;
    if (await skipConflict(() => changeStay(ctx, { app, event: 'markNoShow', actor: 'system' }))) result.noShows += 1;
  }
  for (const app of await oldestStays(db, { status: 'offered', offerExpiresAt: _.lte(now) }, input.limit)) {
    if (!offerLapsed({ offerExpiresAt: new Date(app.offerExpiresAt!), now })) continue;
    if (await skipConflict(() => changeStay(ctx, { app, event: 'expireOffer', actor: 'system', fields: { offerExpiresAt: null } })))
      result.offersLapsed += 1;
  }
  return result;
}
