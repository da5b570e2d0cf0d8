import { staysApi } from '../../../core/stays/api';
import { availability } from '../../../core/capacity/buckets';
import { defineAction } from '../../../core/contract';
import { datesFrom } from '../../../core/dates';
import { readBuckets } from '../../_shared/capacity';
import { prefetchedReply, type ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';

/** Free beds per night for a date range: what the date picker shows before applying. */
export const quote = defineAction<ActionContext>()({
  ...staysApi.quote,
  roles: [],
  // The reply follows from the input alone, whoever asks: read beside the caller's user (handler.ts).
  async prefetch(input, ctx) {
    const station = await loadStation(ctx.db, input.stationId);
    const dates = datesFrom(input.checkIn, input.nights);
    const buckets = await readBuckets(ctx.db, { collection: 'stay_nights', stationId: station._id, dates });
    const nights = availability({ stationId: station._id, dates, buckets, capacity: station.beds });
    return { stationId: station._id, nights, available: nights.every((n) => n.free > 0) };
  },
  handler: prefetchedReply,
});
