import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { toStationView, type StoredStation } from '../../../core/stays/station-view';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';

/** A station's public facts and rules for the home page and the application forms; any signed-in user. */
export const station = defineAction<ActionContext>()({
  ...staysApi.station,
  roles: [],
  async handler(input, ctx) {
    if (input.stationId) return toStationView((await loadStation(ctx.db, input.stationId)) as StoredStation);
    // Served by the `active` index; the first one stands for the district's station until there is a station picker.
    const { data } = await ctx.db.collection(COLLECTIONS.stations).where({ active: true }).limit(1).get();
    const first = data[0] as StoredStation | undefined;
    if (!first) throw new AppError('NOT_FOUND');
    return toStationView(first);
  },
});
