import { reportsApi } from '../../../core/reports/api';
import { defineAction } from '../../../core/contract';
import { toCsv } from '../../../core/reports';
import { requestsOfMonth } from '../../_shared/requests/repository';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

const PAGE = 500;
const HEADERS = [
  'id',
  'category',
  'title',
  'status',
  'tier',
  'leadUnitId',
  'coUnitIds',
  'createdAt',
  'dispatchedAt',
  'dueDate',
  'dueProvisional',
  'resolvedAt',
  'overdue',
  'reopenCount',
  'score',
  'satisfied',
];

/**
 * The requests submitted in a month as CSV, 500 rows a call (`hasMore` says when to ask for the next page;
 * only the first page carries the BOM and header). No applicant identity or free text beyond the title.
 */
export const exportRequestsCsv = defineAction<ActionContext>()({
  ...reportsApi.exportRequestsCsv,
  roles: ['admin'],
  async handler(input, ctx) {
    const { items: requests, hasMore } = await requestsOfMonth(ctx.db, input.month, { page: input.page, pageSize: PAGE });
    const rows = requests.map((r) => [
      r._id,
      r.category,
      r.title,
      r.status,
      r.tier,
      r.leadUnitId,
      r.coUnitIds.join(' '),
      r.createdAt,
      r.dispatchedAt,
      r.dueDate,
      r.dueProvisional,
      r.resolvedAt,
      r.overdue,
      r.reopenCount,
      r.rating?.score ?? null,
      r.rating?.satisfied ?? null,
    ]);
    const first = input.page === 0;
    await recordAudit(
      { ...ctx, action: 'reports.exportRequestsCsv' },
      { target: { collection: COLLECTIONS.requests, id: input.month }, before: null, after: null, note: { page: input.page } },
    );
    return {
      filename: `requests_${input.month}_${input.page + 1}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      content: toCsv(first ? [HEADERS, ...rows] : rows, first),
      hasMore,
    };
  },
});
