export * from './csv';
export * from './export-kpi-csv.schema';
export * from './export-requests-csv.schema';
export * from './kpi.schema';
