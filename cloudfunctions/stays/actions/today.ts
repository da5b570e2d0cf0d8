import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { OPEN_FOR_UNIT } from '../../../core/requests/statuses';
import { departuresOn, movementDays, occupancyCalendar, occupancyMonths, waitingHours, type TodayView } from '../../../core/review/today';
import { staffStation } from '../../../core/stays/access';
import { toStayView } from '../../../core/stays/application';
import type { StayApplication } from '../../../core/stays/model';
import type { CapacityBucket } from '../../../core/capacity/buckets';
import { shanghaiDate } from '../../../core/dates';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { Database } from '../../_shared/cloud';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { STAFF } from '../staff';

// Bounded by the station's beds (checked in) and by a fortnight of arrivals: never the whole collection.
const LIST_LIMIT = 200;

/** How many wait in a status, and since when the oldest: a count, then the first row of the queue's index order. */
async function waiting(db: Database, collection: string, where: Record<string, unknown>, now: Date) {
  const [{ total }, { data }] = await Promise.all([
    db.collection(collection).where(where).count(),
    db.collection(collection).where(where).orderBy('submittedAt', 'asc').limit(1).get(),
  ]);
  const oldest = (data[0] as { submittedAt: Date } | undefined)?.submittedAt ?? null;
  return { count: total, oldestHours: waitingHours({ oldestSubmittedAt: oldest, now }) };
}

/**
 * The operator's day: arrivals and departures today and tomorrow, what waits for review and for how long, beds and
 * seats taken over the next 30 days (from the month counters), and service requests waiting for triage or overdue.
 */
export const today = defineAction<ActionContext>()({
  ...staysApi.today,
  roles: STAFF,
  async handler(input, ctx): Promise<TodayView> {
    const stationId = staffStation(callerOf(ctx), input.stationId);
    const { db, now } = ctx;
    const _ = db.command;
    const station = await loadStation(db, stationId);
    const date = shanghaiDate(now);
    const days = movementDays(date);
    const months = occupancyMonths(date);
    const stays = db.collection(COLLECTIONS.stayApplications);
    const [arriving, checkedIn, nights, seatDays, stayQueue, waitlist, seatQueue, triage, overdue] = await Promise.all([
      stays
        .where({ stationId, checkIn: _.in(days), status: _.in(['approved', 'checked-in']) })
        .limit(LIST_LIMIT)
        .get(),
      stays.where({ stationId, status: 'checked-in' }).limit(LIST_LIMIT).get(),
      db
        .collection(COLLECTIONS.stayNights)
        .where({ stationId, month: _.in(months) })
        .get(),
      db
        .collection(COLLECTIONS.seatDays)
        .where({ stationId, month: _.in(months) })
        .get(),
      waiting(db, COLLECTIONS.stayApplications, { stationId, status: 'pending' }, now),
      waiting(db, COLLECTIONS.stayApplications, { stationId, status: 'waitlisted' }, now),
      waiting(db, COLLECTIONS.seatApplications, { stationId, status: 'pending' }, now),
      db
        .collection(COLLECTIONS.requests)
        .where({ status: _.in(['submitted', 'returned']) })
        .count(),
      db
        .collection(COLLECTIONS.requests)
        .where({ status: _.in([...OPEN_FOR_UNIT]), dueAt: _.lt(now) })
        .count(),
    ]);
    const row = (app: StayApplication) => {
      const view = toStayView(app);
      return {
        _id: view._id,
        type: view.type,
        name: view.person.name,
        phoneMasked: view.person.phoneMasked,
        checkIn: view.checkIn,
        nights: view.nights,
        status: view.status,
        pickup: view.pickup,
      };
    };
    return {
      stationId,
      date,
      days,
      arrivals: (arriving.data as StayApplication[]).sort((a, b) => (a.checkIn < b.checkIn ? -1 : a.checkIn > b.checkIn ? 1 : 0)).map(row),
      departures: departuresOn(checkedIn.data as StayApplication[], days).map((app) => ({ ...row(app), checkOut: app.checkOut })),
      waiting: { stays: stayQueue, waitlist, seats: seatQueue },
      occupancy: occupancyCalendar({
        stationId,
        today: date,
        beds: station.beds,
        seats: station.seats,
        nights: nights.data as CapacityBucket[],
        seatDays: seatDays.data as CapacityBucket[],
      }),
      requests: { awaitingTriage: triage.total, overdue: overdue.total },
    };
  },
});
