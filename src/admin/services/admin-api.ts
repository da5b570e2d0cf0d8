import type { InputOf } from '@core/api';
import type { Period } from '@core/kpi/period';
import { callFunction, type Reply } from '@/services/api';

// Reply types come from the actions' output schemas in core (core/admin/api.ts, core/reports/api.ts), never from
// here; these names only spare the pages the long form.
export type StationView = Reply<'admin', 'setCapacity'>;
export type Name = StationView['name'];
export type UserView = Reply<'admin', 'setRole'>;
/** The roles `users` lists holders of (every role but applicant). */
export type StaffRole = InputOf<'admin', 'users'>['role'];
export type AuditItem = Reply<'admin', 'auditLog'>['items'][number];
export type KpiTable = Reply<'reports', 'kpi'>;
export type KpiRow = KpiTable['district'];
export type CsvFile = Reply<'reports', 'exportKpiCsv'>;

export const adminApi = {
  stations: () => callFunction('admin', 'stations', {}),
  setCapacity: (input: InputOf<'admin', 'setCapacity'>) => callFunction('admin', 'setCapacity', input),
  setPolicy: (input: InputOf<'admin', 'setPolicy'>) => callFunction('admin', 'setPolicy', input),
  setProfile: (input: InputOf<'admin', 'setProfile'>) => callFunction('admin', 'setProfile', input),
  categories: () => callFunction('admin', 'categories', {}),
  saveCategory: (input: InputOf<'admin', 'saveCategory'>) => callFunction('admin', 'saveCategory', input),
  units: () => callFunction('admin', 'units', {}),
  saveUnit: (input: InputOf<'admin', 'saveUnit'>) => callFunction('admin', 'saveUnit', input),
  users: (role: StaffRole) => callFunction('admin', 'users', { role }),
  setRole: (input: InputOf<'admin', 'setRole'>) => callFunction('admin', 'setRole', input),
  calendars: () => callFunction('admin', 'calendars', {}),
  loadCalendar: (calendar: InputOf<'admin', 'loadCalendar'>) => callFunction('admin', 'loadCalendar', calendar),
  auditLog: (query: InputOf<'admin', 'auditLog'>) => callFunction('admin', 'auditLog', query),
};

export const reportsApi = {
  kpi: (period: Period) => callFunction('reports', 'kpi', { period }),
  exportKpiCsv: (period: Period) => callFunction('reports', 'exportKpiCsv', { period }),
  exportRequestsCsv: (month: string, page = 0) => callFunction('reports', 'exportRequestsCsv', { month, page }),
};
