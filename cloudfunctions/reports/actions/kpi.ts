import { reportsApi } from '../../../core/reports/api';
import { defineAction } from '../../../core/contract';
import type { ActionContext } from '../../_shared/handler';
import { kpiTable } from '../kpi-table';

/** Unit KPIs for a period, the units ranked, and the volume per category (district admin). */
export const kpi = defineAction<ActionContext>()({
  ...reportsApi.kpi,
  roles: ['admin'],
  handler: (input, ctx) => kpiTable(ctx.db, input.period),
});
