import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { OPEN_FOR_UNIT } from '../../../core/requests/statuses';
import { departuresOn, movementDays, occupancyCalendar, occupancyMonths, type TodayView } from '../../../core/review/today';
import { staffStation } from '../../../core/stays/access';
import { toStayView } from '../../../core/stays/application';
import type { StayApplication } from '../../../core/stays/model';
import { shanghaiDate } from '../../../core/dates';
import { callerOf } from '../../_shared/caller';
import { bucketsForMonths } from '../../_shared/capacity';
import type { ActionContext } from '../../_shared/handler';
import { countAwaitingTriage, countOverdue } from '../../_shared/requests/repository';
import { arrivingOn, checkedInAt, waitingStays } from '../../_shared/stays/repository';
import { loadStation } from '../../_shared/stations';
import { waitingSeats } from '../../_shared/workspaces/repository';
import { STAFF } from '../staff';

// Bounded by the station's beds (checked in) and by a fortnight of arrivals: never the whole collection.
const LIST_LIMIT = 200;

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
    const station = await loadStation(db, stationId);
    const date = shanghaiDate(now);
    const days = movementDays(date);
    const months = occupancyMonths(date);
    const [arriving, checkedIn, nights, seatDays, stayQueue, waitlist, seatQueue, triage, overdue] = await Promise.all([
      arrivingOn(db, stationId, days, LIST_LIMIT),
      checkedInAt(db, stationId, LIST_LIMIT),
      bucketsForMonths(db, { collection: 'stay_nights', stationId, months }),
      bucketsForMonths(db, { collection: 'seat_days', stationId, months }),
      waitingStays(db, stationId, 'pending', now),
      waitingStays(db, stationId, 'waitlisted', now),
      waitingSeats(db, stationId, 'pending', now),
      countAwaitingTriage(db),
      countOverdue(db, OPEN_FOR_UNIT, now),
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
      arrivals: arriving.sort((a, b) => (a.checkIn < b.checkIn ? -1 : a.checkIn > b.checkIn ? 1 : 0)).map(row),
      departures: departuresOn(checkedIn, days).map((app) => ({ ...row(app), checkOut: app.checkOut })),
      waiting: { stays: stayQueue, waitlist, seats: seatQueue },
      occupancy: occupancyCalendar({
        stationId,
        today: date,
        beds: station.beds,
        seats: station.seats,
        nights,
        seatDays,
      }),
      requests: { awaitingTriage: triage, overdue },
    };
  },
});
