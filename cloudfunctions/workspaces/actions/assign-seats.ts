import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { seatNumberProblems } from '../../../core/workspaces/rules';
import { seatHolders, seatVersions } from '../../../core/workspaces/seat-map';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { changeSeats } from '../../_shared/workspaces/lifecycle';
import { approvedOverlapping, seatsNamed } from '../../_shared/workspaces/repository';
import { dropReservations, readSeatMap, reserveSeats } from '../../_shared/workspaces/seat-map';
import { STAFF, staffSeats } from '../staff';

/** Attempts at committing a decision before giving up with CONFLICT; each loses only to an assignment of one of its numbers. */
const ATTEMPTS = 5;

/**
 * Approves a pending application with the seat numbers the team gets (none taken by an overlapping team).
 * Checking then writing would let two operators give the same seat at once, so the decision is committed as a
 * compare-and-set on the station's seat map (`reserveSeats`) before the application changes: of two decisions
 * about the same seat number made from the same map only one commits, the other decides again from the new map
 * (and is refused).
 */
export const assignSeats = defineAction<ActionContext>()({
  ...workspacesApi.assignSeats,
  roles: STAFF,
  prefetch: seatsNamed,
  async handler(input, ctx, read) {
    const app = staffSeats(ctx, read);
    const station = await loadStation(ctx.db, app.stationId);
    // Read before the map: anything approved after this read was reserved in the map first (see lifecycle).
    const approved = await approvedOverlapping(ctx.db, app);
    const seatNumbers = [...input.seatNumbers].sort((a, b) => a - b);
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const map = await readSeatMap(ctx.db, app.stationId);
      const problems = seatNumberProblems({
        seatNumbers: input.seatNumbers,
        seats: app.seats,
        capacity: station.seats,
        period: { first: app.startDate, end: app.endDate },
        others: seatHolders({ map, applicationId: app._id, approved }),
      });
      if (problems.length > 0)
        throw new AppError('VALIDATION', { issues: problems.map((p) => ({ path: 'seatNumbers', message: p.message[ctx.locale] })) });
      const reserved = await reserveSeats(ctx.db, {
        stationId: app.stationId,
        seen: seatVersions(map, seatNumbers),
        applicationId: app._id,
        reservation: { seatNumbers, first: app.startDate, end: app.endDate },
      });
      if (!reserved) continue;
      try {
        return await changeSeats(ctx, { app, event: 'assignSeats', actor: 'operator', fields: { seatNumbers }, note: { seatNumbers } });
      } catch (error) {
        // Refused before anything was written (approved or cancelled meanwhile): the reservation goes back. After
        // the approval was written (a failed audit line) it stays, so the seats are never unguarded.
        if (error instanceof AppError)
          await dropReservations(ctx.db, { stationId: app.stationId, applicationId: app._id, attempt: reserved });
        throw error;
      }
    }
    throw new AppError('CONFLICT', { details: { rule: 'seat-map-busy' } });
  },
});
