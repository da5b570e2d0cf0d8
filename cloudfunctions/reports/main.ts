import { createMain } from '../_shared/handler';
import { exportKpiCsv } from './actions/export-kpi-csv';
import { exportRequestsCsv } from './actions/export-requests-csv';
import { kpi } from './actions/kpi';

/** reports: unit KPIs from the counters, and CSV exports, for district admins. */
export const main = createMain('reports', { kpi, exportKpiCsv, exportRequestsCsv });
