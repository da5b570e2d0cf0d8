import type { QueueCursor, QueueOrder } from '@core/review/queue-page';
import type { ApplicantType, StayStatus } from '@core/stays/model';
import type { SeatStatus } from '@core/workspaces/model';
import type { toSeatView } from '@core/workspaces/application';
import { callFunction, type Envelope, type Reply } from '@/services/api';

/**
 * The operator console's calls: every decision is the server's (role and station checked there); the pages only
 * show what comes back. Lives in the admin subpackage so applicants never download it.
 */
export type TodayView = Reply<'stays', 'today'>;
export type StayView = Reply<'stays', 'get'>;
export type SeatView = ReturnType<typeof toSeatView>;
export type ApplicationKind = 'stays' | 'seats';

export interface StayFilters {
  status: StayStatus[];
  type?: ApplicantType;
  checkInFrom?: string;
  checkInTo?: string;
  idKind?: 'passport' | 'id-card';
  university?: string;
  order: QueueOrder;
}

export interface SeatFilters {
  status: SeatStatus[];
  startFrom?: string;
  startTo?: string;
  order: QueueOrder;
}

export interface QueuePage<T> {
  stationId: string;
  items: T[];
  nextCursor: QueueCursor | null;
}

export const today = (): Promise<Envelope<TodayView>> => callFunction('stays', 'today', {});

export const stayQueue = (filters: StayFilters, cursor: QueueCursor | null, pageSize: number) =>
  callFunction('stays', 'queue', { ...filters, pageSize, ...(cursor ? { cursor } : {}) });

export const seatQueue = (filters: SeatFilters, cursor: QueueCursor | null, pageSize: number) =>
  callFunction<QueuePage<SeatView>>('workspaces', 'queue', { ...filters, pageSize, ...(cursor ? { cursor } : {}) });

export const getStay = (id: string) => callFunction('stays', 'get', { id });
export const getSeats = (id: string) => callFunction<SeatView>('workspaces', 'get', { id });

export type RevealedStay = Reply<'stays', 'reveal'>;
export const revealStay = (id: string) => callFunction('stays', 'reveal', { id });
export interface RevealedTeam {
  id: string;
  leader: { name: string; idKind: string; idNumber: string; phone: string };
  /** Null where a member deleted their account, or (phone) was listed before phones were asked for. */
  members: Array<{ name: string; idKind: string; idNumber: string | null; phone: string | null }>;
}
export const revealSeats = (id: string) => callFunction<RevealedTeam>('workspaces', 'reveal', { id });

type StayDecision = 'approve' | 'waitlist' | 'checkIn' | 'checkOut' | 'markNoShow';
export const decideStay = (action: StayDecision, id: string) => callFunction('stays', action, { id });
export const rejectStay = (id: string, reason: string) => callFunction('stays', 'reject', { id, reason });

export const rejectSeats = (id: string, reason: string) => callFunction<SeatView>('workspaces', 'reject', { id, reason });
export const assignSeats = (id: string, seatNumbers: number[]) => callFunction<SeatView>('workspaces', 'assignSeats', { id, seatNumbers });
export const referTeam = (id: string, incubator: string, note?: string) =>
  callFunction<SeatView>('workspaces', 'refer', { id, incubator, ...(note ? { note } : {}) });

export interface SeatMapView {
  id: string;
  capacity: number;
  seats: number;
  taken: number[];
  assigned: number[];
}
export const seatMap = (id: string) => callFunction<SeatMapView>('workspaces', 'seatMap', { id });

export type CsvFile = Reply<'reports', 'exportApplicationsCsv'>;
export const exportApplicationsCsv = (kind: ApplicationKind, status: string[], cursor: QueueCursor | null) =>
  callFunction('reports', 'exportApplicationsCsv', { kind, status, ...(cursor ? { cursor } : {}) });

export type HistoryLine = Reply<'stays', 'history'>['lines'][number];
export const history = (kind: ApplicationKind, id: string): Promise<Envelope<Reply<'stays', 'history'>>> =>
  kind === 'stays' ? callFunction('stays', 'history', { id }) : callFunction<Reply<'stays', 'history'>>('workspaces', 'history', { id });
