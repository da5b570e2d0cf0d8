import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { staffStation } from '../../../core/stays/access';
import { toStayView } from '../../../core/stays/application';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { inclusiveRange } from '../../_shared/range';
import { pageStays } from '../../_shared/stays/repository';
import { STAFF } from '../staff';

/**
 * The operator's review list for their station, by status, type, check-in dates, identity document and university,
 * by submit time; served in order by the `station_status_submitted` index, a keyset page at a time.
 */
export const queue = defineAction<ActionContext>()({
  ...staysApi.queue,
  roles: STAFF,
  async handler(input, ctx) {
    const stationId = staffStation(callerOf(ctx), input.stationId);
    const _ = ctx.db.command;
    const where: Record<string, unknown> = { stationId, status: _.in(input.status) };
    if (input.type) where.type = input.type;
    const checkIn = inclusiveRange(_, input.checkInFrom, input.checkInTo);
    if (checkIn) where.checkIn = checkIn;
    if (input.idKind) where['person.idKind'] = input.idKind;
    if (input.university) where['facts.university'] = input.university;
    const { items, nextCursor } = await pageStays(ctx.db, { where, order: input.order, cursor: input.cursor, pageSize: input.pageSize });
    return { stationId, items: items.map(toStayView), nextCursor };
  },
});
