import { reportsApi } from '../../../core/reports/api';
import { defineAction } from '../../../core/contract';
import { toCsv } from '../../../core/reports';
import { recordAudit } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { kpiTable } from '../kpi-table';

const HEADERS = {
  'zh-CN': ['排名', '单位', '受理', '接单', '办结', '办结率', '按时办结率', '办结用时中位数(工作日)', '退单', '超期', '评价数', '满意率'],
  en: [
    'Rank',
    'Unit',
    'Received',
    'Accepted',
    'Resolved',
    'Resolution rate',
    'On-time rate',
    'Median working days to resolve',
    'Returned',
    'Overdue',
    'Rated',
    'Satisfaction rate',
  ],
};

/** The KPI table as CSV (UTF-8 with BOM, so Excel shows the Chinese), for a district admin. */
export const exportKpiCsv = defineAction<ActionContext>()({
  ...reportsApi.exportKpiCsv,
  roles: ['admin'],
  async handler(input, ctx) {
    const table = await kpiTable(ctx.db, input.period);
    const rows = table.units.map(({ rank, name, kpi }) => [
      rank,
      name[ctx.locale],
      kpi.received,
      kpi.accepted,
      kpi.resolved,
      kpi.resolutionRate,
      kpi.onTimeRate,
      kpi.medianWorkingDaysToResolve,
      kpi.returned,
      kpi.overdue,
      kpi.rated,
      kpi.satisfactionRate,
    ]);
    await recordAudit(
      { ...ctx, action: 'reports.exportKpiCsv' },
      { target: { collection: 'kpi_counters', id: `${table.period.from}..${table.period.to}` }, before: null, after: null },
    );
    return {
      filename: `kpi_${table.period.from}_${table.period.to}.csv`,
      mimeType: 'text/csv; charset=utf-8',
      content: toCsv([HEADERS[ctx.locale], ...rows]),
    };
  },
});
