import { holderPlaces, holdSettled, type HolderPlaces } from '../../core/capacity/leftovers';
import { monthOf, shanghaiDate, type CalendarDate } from '../../core/dates';
import { leftoverNights } from '../../core/stays/holds';
import type { StayStatus } from '../../core/stays/model';
import { leftoverDays } from '../../core/workspaces/holds';
import type { SeatStatus } from '../../core/workspaces/model';
import { applicationStates, type ApplicationState } from '../_shared/applications';
import { bucketsFrom, releaseDates } from '../_shared/capacity';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';
import { listStations } from '../_shared/stations';

const KINDS = [
  {
    counters: 'stay_nights',
    applications: COLLECTIONS.stayApplications,
    leftover: (app: ApplicationState, dates: CalendarDate[], today: CalendarDate, settled: boolean) =>
      leftoverNights({ status: app.status as StayStatus, dates, today, settled }),
  },
  {
    counters: 'seat_days',
    applications: COLLECTIONS.seatApplications,
    leftover: (app: ApplicationState, dates: CalendarDate[], today: CalendarDate, settled: boolean) =>
      leftoverDays({ app: { status: app.status as SeatStatus, endDate: app.endDate ?? '' }, dates, today, settled }),
  },
] as const;

/**
 * Places still counted, from today on, for applications whose last status change should have given them back: the
 * change was cut short between its status write and its release (a crash, a timeout, a redeploy). Each station's
 * months from this one on are read (`station_month`), then the applications holding there; a place is given back
 * only when the application's own rule says it would have been (core: `leftoverNights`, `leftoverDays`: never
 * while it may hold again). The release is conditional on the holder's entries (`releaseDates`), so with the
 * change's own release, should it run after all, the places come back once. Holders with no application are
 * submits still in progress or abandoned, which `recoverAllAbandonedSubmits` undoes. Answers how many holders'
 * places were given back.
 */
export async function releaseLeftovers(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const released = new Set<string>();
  for (const station of await listStations(db, 1000)) {
    for (const kind of KINDS) {
      const places = (await bucketsFrom(db, kind.counters, station._id, monthOf(today))).flatMap((b) => holderPlaces(b, today));
      if (places.length === 0) continue;
      const apps = await applicationStates(db, kind.applications, [...new Set(places.map((p) => p.holder))]);
      const toRelease: HolderPlaces[] = places.flatMap((p) => {
        const app = apps.get(p.holder);
        const dates = app ? kind.leftover(app, p.dates, today, holdSettled(p.heldAt, now)) : [];
        return dates.length > 0 ? [{ ...p, dates }] : [];
      });
      for (const { holder, n, dates } of toRelease) {
        if ((await releaseDates(db, { collection: kind.counters, stationId: station._id, dates, n, holder })) > 0) released.add(holder);
      }
    }
  }
  return released.size;
}
