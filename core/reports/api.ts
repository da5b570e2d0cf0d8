import type { ContractTable } from '../contract/define-action';
import { exportApplicationsCsvInput } from './export-applications-csv.schema';
import { exportKpiCsvInput } from './export-kpi-csv.schema';
import { exportRequestsCsvInput } from './export-requests-csv.schema';
import { kpiInput } from './kpi.schema';
import { applicationsCsvPage, csvFile, kpiTableReply, requestsCsvPage } from './replies';

/** The `reports` function's actions: what each takes and what it answers (core/api.ts). */
export const reportsApi = {
  kpi: { input: kpiInput, output: kpiTableReply },
  exportKpiCsv: { input: exportKpiCsvInput, output: csvFile },
  exportRequestsCsv: { input: exportRequestsCsvInput, output: requestsCsvPage },
  exportApplicationsCsv: { input: exportApplicationsCsvInput, output: applicationsCsvPage },
} satisfies ContractTable;
