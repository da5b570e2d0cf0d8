import { kpiInput } from './kpi.schema';

/** The same table as `kpi`, as a CSV file. */
export const exportKpiCsvInput = kpiInput;
