import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { toStationView } from '../../../core/stations/view';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { firstActiveStation, loadStation } from '../../_shared/stations';

/** A station's public facts and rules for the home page and the application forms; any signed-in user. */
export const station = defineAction<ActionContext>()({
  ...staysApi.station,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(input, ctx) {
    if (input.stationId) return toStationView(await loadStation(ctx.db, input.stationId));
    const first = await firstActiveStation(ctx.db);
    if (!first) throw new AppError('NOT_FOUND');
    return toStationView(first);
  },
  handler: prefetchedReply,
});
