import { reportsApi } from '../../../core/reports/api';
import { defineAction } from '../../../core/contract';
import { SEAT_HEADERS, STAY_HEADERS, seatRow, stayRow } from '../../../core/reports/application-rows';
import { toCsv } from '../../../core/reports';
import { staffStation } from '../../../core/stays/access';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { pageStays } from '../../_shared/stays/repository';
import { pageSeats } from '../../_shared/workspaces/repository';

const PAGE = 500;

/**
 * A station's stay or seat applications in the given statuses as CSV (masked numbers only), 500 rows a call by
 * keyset; the first call's content starts with the BOM and the header. Operators export their own station, admins
 * name one. Audited, as the file holds names.
 */
export const exportApplicationsCsv = defineAction<ActionContext>()({
  ...reportsApi.exportApplicationsCsv,
  roles: ['operator', 'admin'],
  async handler(input, ctx) {
    const stationId = staffStation(callerOf(ctx), input.stationId);
    const where = { stationId, status: ctx.db.command.in(input.status) };
    const stays = input.kind === 'stays';
    const collection = stays ? COLLECTIONS.stayApplications : COLLECTIONS.seatApplications;
    const page = { where, order: 'oldest' as const, cursor: input.cursor, pageSize: PAGE };
    const { rows, nextCursor } = stays
      ? await pageStays(ctx.db, page).then((p) => ({
          rows: p.items.map(stayRow),
          nextCursor: p.nextCursor,
        }))
      : await pageSeats(ctx.db, page).then((p) => ({
          rows: p.items.map(seatRow),
          nextCursor: p.nextCursor,
        }));
    const first = !input.cursor;
    await recordAudit(
      { ...ctx, action: 'reports.exportApplicationsCsv' },
      { target: { collection, id: stationId }, before: null, after: null, note: { status: input.status, rows: rows.length, first } },
    );
    return {
      filename: `${input.kind}_${stationId}_${ctx.now.toISOString().slice(0, 10)}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      content: toCsv(first ? [stays ? STAY_HEADERS : SEAT_HEADERS, ...rows] : rows, first),
      nextCursor,
    };
  },
});
