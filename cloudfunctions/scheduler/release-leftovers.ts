import { holderPlaces } from '../../core/capacity/leftovers';
import { changeSettled } from '../../core/capacity/pending';
import { monthOf, shanghaiDate, type CalendarDate } from '../../core/dates';
import { leftoverNights } from '../../core/stays/holds';
import type { StayStatus } from '../../core/stays/model';
import { leftoverDays } from '../../core/workspaces/holds';
import type { SeatStatus } from '../../core/workspaces/model';
import { applicationStates, type ApplicationState } from '../_shared/applications';
import { bucketsOfStationsFrom, releaseDates } from '../_shared/capacity';
import { COLLECTIONS } from '../_shared/collections';
import type { Database } from '../_shared/cloud';
import { listStations } from '../_shared/stations';

/** Stations whose months are read in one query (`bucketsOfStationsFrom`). */
const STATIONS_PER_QUERY = 50;

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
 * change was cut short between its status write and its release (a crash, a timeout, a redeploy). The stations'
 * months from this one on are read (`station_month`), then the applications holding there; a place is given back
 * only when the application's own rule says it would have been (core: `leftoverNights`, `leftoverDays`: never
 * while it may hold again). The release is conditional on the holder's entries (`releaseDates`), so with the
 * change's own release, should it run after all, the places come back once. Stations are read 50 at a time, the
 * applications 100 at a time. Holders with no application are submits still in progress or abandoned, which
 * `recoverAllAbandonedSubmits` undoes. Answers how many holders' places were given back.
 */
export async function releaseLeftovers(db: Database, now: Date): Promise<number> {
  const today = shanghaiDate(now);
  const stationIds = (await listStations(db, 1000)).map((s) => s._id);
  const released = new Set<string>();
  for (let i = 0; i < stationIds.length; i += STATIONS_PER_QUERY) {
    const stations = stationIds.slice(i, i + STATIONS_PER_QUERY);
    for (const kind of KINDS) {
      const buckets = await bucketsOfStationsFrom(db, kind.counters, stations, monthOf(today));
      const places = buckets.flatMap((b) => holderPlaces(b, today).map((p) => ({ ...p, stationId: b.stationId })));
      if (places.length === 0) continue;
      const apps = await applicationStates(db, kind.applications, [...new Set(places.map((p) => p.holder))]);
      for (const p of places) {
        const app = apps.get(p.holder);
        const dates = app ? kind.leftover(app, p.dates, today, changeSettled(p.heldAt, now)) : [];
        if (dates.length === 0) continue;
        const { holder, n, stationId } = p;
        if ((await releaseDates(db, { collection: kind.counters, stationId, dates, n, holder })) > 0) released.add(holder);
      }
    }
  }
  return released.size;
}
