import type { Locale } from '@core/contract/locale';
import type { Period } from '@core/kpi/period';
import type { Role } from '@core/roles';
import type { SeatPolicy, StayPolicy } from '@core/stations/policy';
import { callFunction } from '@/services/api';

export type Name = Record<Locale, string>;

export interface StationView {
  id: string;
  name: Name;
  beds: number;
  seats: number;
  active: boolean;
  stayPolicy: StayPolicy;
  seatPolicy: SeatPolicy;
}

export interface KpiRow {
  received: number;
  accepted: number;
  resolved: number;
  resolutionRate: number | null;
  onTimeRate: number | null;
  medianWorkingDaysToResolve: number | null;
  returned: number;
  overdue: number;
  rated: number;
  satisfactionRate: number | null;
}

export interface KpiTable {
  period: { from: string; to: string };
  units: Array<{ unitId: string; name: Name; rank: number; kpi: KpiRow }>;
  district: KpiRow;
  byCategory: Array<{ category: string; name: Name; received: number }>;
}

export interface CsvFile {
  filename: string;
  mimeType: string;
  content: string;
}

export interface AuditItem {
  id: string;
  at: string;
  actor: string;
  actorRoles: Role[];
  action: string;
  target: { collection: string; id: string };
  before: string | null;
  after: string | null;
}

export interface UserView {
  openId: string;
  displayName: string | null;
  roles: Role[];
  stationId: string | null;
  unitId: string | null;
}

const admin = <T>(action: string, payload?: unknown) => callFunction<T>('admin', action, payload);

export const adminApi = {
  stations: () => admin<{ items: StationView[] }>('stations', {}),
  setCapacity: (input: { stationId: string; beds?: number; seats?: number }) => admin<StationView>('setCapacity', input),
  setPolicy: (input: { stationId: string; stayPolicy?: Partial<StayPolicy>; seatPolicy?: Partial<SeatPolicy> }) =>
    admin<StationView>('setPolicy', input),
  categories: () => admin<{ items: Array<{ id: string; name: Name; order: number; active: boolean }> }>('categories', {}),
  saveCategory: (input: { id: string; name: Name; order: number; active: boolean }) => admin<unknown>('saveCategory', input),
  units: () =>
    admin<{ items: Array<{ id: string; name: Name; active: boolean; handlers: Array<{ openId: string; displayName: string | null }> }> }>(
      'units',
      {},
    ),
  saveUnit: (input: { id: string; name: Name; active: boolean }) => admin<unknown>('saveUnit', input),
  users: (role: Exclude<Role, 'applicant'>) => admin<{ items: UserView[] }>('users', { role }),
  setRole: (input: { openId: string; change: 'grant' | 'revoke'; role: Role; stationId?: string; unitId?: string }) =>
    admin<UserView>('setRole', input),
  calendars: () =>
    admin<{ years: Array<{ year: string; holidays: number; workdays: number; source: string }>; provisionalRequests: number }>(
      'calendars',
      {},
    ),
  loadCalendar: (calendar: unknown) =>
    admin<{ year: string; holidays: number; workdays: number; finalised: number }>('loadCalendar', calendar),
  auditLog: (query: { action?: string; actor?: string; from?: string; to?: string; page: number; pageSize?: number }) =>
    admin<{ items: AuditItem[]; hasMore: boolean }>('auditLog', query),
};

export const reportsApi = {
  kpi: (period: Period) => callFunction<KpiTable>('reports', 'kpi', { period }),
  exportKpiCsv: (period: Period) => callFunction<CsvFile>('reports', 'exportKpiCsv', { period }),
  exportRequestsCsv: (month: string, page = 0) =>
    callFunction<CsvFile & { hasMore?: boolean }>('reports', 'exportRequestsCsv', { month, page }),
};
