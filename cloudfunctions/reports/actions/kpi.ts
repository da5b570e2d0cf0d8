import { defineAction } from '../../../core/contract';
import { kpiInput } from '../../../core/reports';
import type { ActionContext } from '../../_shared/handler';
import { kpiTable } from '../kpi-table';

/** Unit KPIs for a period, the units ranked, and the volume per category (district admin). */
export const kpi = defineAction<ActionContext>()({
  input: kpiInput,
  roles: ['admin'],
  handler: (input, ctx) => kpiTable(ctx.db, input.period),
});
