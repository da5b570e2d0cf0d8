import { AppError, defineAction } from '../../../core/contract';
import { seatNumberProblems } from '../../../core/workspaces/rules';
import { assignSeatsInput } from '../../../core/workspaces/assign-seats.schema';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { changeSeats } from '../lifecycle';
import { listSeats } from '../repository';
import { STAFF, staffSeats } from '../staff';

/** Approves a pending application with the seat numbers the team gets (none taken by an overlapping team). */
export const assignSeats = defineAction<ActionContext>()({
  input: assignSeatsInput,
  roles: STAFF,
  async handler(input, ctx) {
    const app = await staffSeats(ctx, input.id);
    const station = await loadStation(ctx.db, app.stationId);
    const { items: others } = await listSeats(ctx.db, { where: { stationId: app.stationId, status: 'approved' }, order: 'asc', page: 0, pageSize: 100 });
    const problems = seatNumberProblems({
      seatNumbers: input.seatNumbers,
      seats: app.seats,
      capacity: station.seats,
      period: { first: app.startDate, end: app.endDate },
      others,
    });
    if (problems.length > 0) throw new AppError('VALIDATION', { issues: problems.map((p) => ({ path: 'seatNumbers', message: p.message[ctx.locale] })) });
    const seatNumbers = [...input.seatNumbers].sort((a, b) => a - b);
    return changeSeats(ctx, { app, event: 'assignSeats', actor: 'operator', fields: { seatNumbers }, note: { seatNumbers } });
  },
});
