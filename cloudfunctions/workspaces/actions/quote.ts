import { workspacesApi } from '../../../core/workspaces/api';
import { availability } from '../../../core/capacity/buckets';
import { defineAction } from '../../../core/contract';
import { datesFrom } from '../../../core/dates';
import { readBuckets } from '../../_shared/capacity';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';

/** Free seats per day over a range: the smallest figure is what a team can book for the whole term. */
export const quote = defineAction<ActionContext>()({
  ...workspacesApi.quote,
  roles: [],
  prefetch: (input, ctx) => loadStation(ctx.db, input.stationId),
  async handler(input, ctx, station) {
    const dates = datesFrom(input.startDate, input.days);
    const buckets = await readBuckets(ctx.db, { collection: 'seat_days', stationId: station._id, dates });
    const days = availability({ stationId: station._id, dates, buckets, capacity: station.seats });
    return { stationId: station._id, days, minFree: Math.min(...days.map((d) => d.free)) };
  },
});
