import * as z from 'zod';
import { periodSchema } from '../kpi/period';

/** The KPI table of every unit for one period (month, quarter, year or custom dates, both ends included). */
export const kpiInput = z.object({ period: periodSchema }).strict();
export type KpiInput = z.infer<typeof kpiInput>;
