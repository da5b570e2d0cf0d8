import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { staffStation } from '../../../core/stays/access';
import { toSeatView } from '../../../core/workspaces/application';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { inclusiveRange } from '../../_shared/range';
import { pageSeats } from '../../_shared/workspaces/repository';
import { STAFF } from '../staff';

/** Seat applications at the operator's station by submit time, a keyset page at a time (index `station_status_submitted`). */
export const queue = defineAction<ActionContext>()({
  ...workspacesApi.queue,
  roles: STAFF,
  async handler(input, ctx) {
    const stationId = staffStation(callerOf(ctx), input.stationId);
    const _ = ctx.db.command;
    const where: Record<string, unknown> = { stationId, status: _.in(input.status) };
    const startDate = inclusiveRange(_, input.startFrom, input.startTo);
    if (startDate) where.startDate = startDate;
    const { items, nextCursor } = await pageSeats(ctx.db, { where, order: input.order, cursor: input.cursor, pageSize: input.pageSize });
    return { stationId, items: items.map(toSeatView), nextCursor };
  },
});
