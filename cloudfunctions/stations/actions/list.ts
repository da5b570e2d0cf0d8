import { stationsApi } from '../../../core/stations/api';
import { defineAction } from '../../../core/contract';
import { datesFrom } from '../../../core/dates';
import { COUNTERS_OF, monthsOf, stationNetwork } from '../../../core/stations/network';
import { offers } from '../../../core/stations/services';
import { bucketsForStations } from '../../_shared/capacity';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { activeStations } from '../../_shared/stations';

/**
 * The station list: the network's active stations by district and offer, with — when dates are asked — the beds or
 * seats each has free on every one of them. Two queries whatever the number of stations: the stations (index
 * `active_order`), then the month counters of all those offering that kind of place (index `station_month`).
 */
export const list = defineAction<ActionContext>()({
  ...stationsApi.list,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(input, ctx) {
    const stations = await activeStations(ctx.db, input.district);
    const ask = input.free;
    if (!ask) return { items: stationNetwork({ stations, filter: input }), free: null };
    const dates = datesFrom(ask.from, ask.days);
    const buckets = await bucketsForStations(ctx.db, {
      collection: COUNTERS_OF[ask.kind],
      stationIds: stations.filter((s) => offers(s, ask.kind)).map((s) => s._id),
      months: monthsOf(dates),
    });
    return {
      items: stationNetwork({ stations, filter: input, free: { ...ask, dates }, buckets }),
      free: { kind: ask.kind, from: ask.from, days: ask.days, need: ask.need },
    };
  },
  handler: prefetchedReply,
});
