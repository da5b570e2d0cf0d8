import { createMain } from '../_shared/handler';
import { exportApplicationsCsv } from './actions/export-applications-csv';
import { exportKpiCsv } from './actions/export-kpi-csv';
import { exportRequestsCsv } from './actions/export-requests-csv';
import { kpi } from './actions/kpi';

/** reports: unit KPIs from the counters, and CSV exports (for district admins; applications also for operators). */
export const main = createMain('reports', { kpi, exportKpiCsv, exportRequestsCsv, exportApplicationsCsv });
