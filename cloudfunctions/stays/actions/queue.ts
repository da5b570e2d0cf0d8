import { defineAction } from '../../../core/contract';
import { staffStation } from '../../../core/stays/access';
import { toStayView } from '../../../core/stays/application';
import { queueInput } from '../../../core/stays/queue.schema';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { listStays } from '../repository';
import { STAFF } from '../staff';

/** The operator's review list for their station, by status, type and check-in dates, oldest submission first. */
export const queue = defineAction<ActionContext>()({
  input: queueInput,
  roles: STAFF,
  async handler(input, ctx) {
    const stationId = staffStation(callerOf(ctx), input.stationId);
    const _ = ctx.db.command;
    const where: Record<string, unknown> = { stationId, status: _.in(input.status) };
    if (input.type) where.type = input.type;
    if (input.checkInFrom && input.checkInTo) where.checkIn = _.gte(input.checkInFrom).and(_.lte(input.checkInTo));
    else if (input.checkInFrom) where.checkIn = _.gte(input.checkInFrom);
    else if (input.checkInTo) where.checkIn = _.lte(input.checkInTo);
    const { items, hasMore } = await listStays(ctx.db, { where, order: 'asc', page: input.page, pageSize: input.pageSize });
    return { stationId, items: items.map(toStayView), page: input.page, hasMore };
  },
});
