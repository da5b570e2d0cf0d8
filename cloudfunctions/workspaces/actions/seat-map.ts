import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { seatHolders, takenDuring } from '../../../core/workspaces/seat-map';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { readSeatMap } from '../../_shared/workspaces/seat-map';
import { STAFF, staffSeats } from '../staff';
import { approvedOverlapping, seatsNamed } from '../../_shared/workspaces/repository';

/**
 * The station's seats for one application's term: how many there are and which numbers others hold on any of its
 * days, for the operator to pick from. Only a view: `assignSeats` decides again on the map it commits against.
 */
export const seatMap = defineAction<ActionContext>()({
  ...workspacesApi.seatMap,
  roles: STAFF,
  prefetch: seatsNamed,
  async handler(_input, ctx, read) {
    const app = staffSeats(ctx, read);
    const station = await loadStation(ctx.db, app.stationId);
    const [approved, map] = await Promise.all([approvedOverlapping(ctx.db, app), readSeatMap(ctx.db, app.stationId)]);
    const taken = takenDuring({
      period: { first: app.startDate, end: app.endDate },
      others: seatHolders({ map, applicationId: app._id, approved }),
    });
    return { id: app._id, capacity: station.seats, seats: app.seats, taken, assigned: app.seatNumbers };
  },
});
