import type { QueueCursor, QueueOrder } from '@core/review/queue-page';
import type { ApplicantType, StayStatus } from '@core/stays/model';
import type { SeatStatus } from '@core/workspaces/model';
import { callFunction, type Envelope, type Reply } from '@/services/api';
import { announceDecision } from './decisions';

/**
 * The operator console's calls: every decision is the server's (role and station checked there); the pages only
 * show what comes back. Lives in the admin subpackage so applicants never download it.
 */
export type TodayView = Reply<'stays', 'today'>;
export type StayView = Reply<'stays', 'get'>;
export type SeatView = Reply<'workspaces', 'get'>;
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

export const today = (): Promise<Envelope<TodayView>> => callFunction('stays', 'today', {});

export const stayQueue = (filters: StayFilters, cursor: QueueCursor | null, pageSize: number) =>
  callFunction('stays', 'queue', { ...filters, pageSize, ...(cursor ? { cursor } : {}) });

export const seatQueue = (filters: SeatFilters, cursor: QueueCursor | null, pageSize: number) =>
  callFunction('workspaces', 'queue', { ...filters, pageSize, ...(cursor ? { cursor } : {}) });

export const getStay = (id: string) => callFunction('stays', 'get', { id });
export const getSeats = (id: string) => callFunction('workspaces', 'get', { id });

export type RevealedStay = Reply<'stays', 'reveal'>;
export const revealStay = (id: string) => callFunction('stays', 'reveal', { id });
export type RevealedTeam = Reply<'workspaces', 'reveal'>;
export const revealSeats = (id: string) => callFunction('workspaces', 'reveal', { id });

// Each decision, once the function took it, is announced to the pages listing applications (decisions.ts).
const toldStay = async (reply: Promise<Envelope<StayView>>): Promise<Envelope<StayView>> => {
  const done = await reply;
  if (done.ok) announceDecision({ kind: 'stays', app: done.data });
  return done;
};
const toldSeats = async (reply: Promise<Envelope<SeatView>>): Promise<Envelope<SeatView>> => {
  const done = await reply;
  if (done.ok) announceDecision({ kind: 'seats', app: done.data });
  return done;
};

type StayDecision = 'approve' | 'waitlist' | 'checkIn' | 'checkOut' | 'markNoShow';
export const decideStay = (action: StayDecision, id: string) => toldStay(callFunction('stays', action, { id }));
export const rejectStay = (id: string, reason: string) => toldStay(callFunction('stays', 'reject', { id, reason }));

export const rejectSeats = (id: string, reason: string) => toldSeats(callFunction('workspaces', 'reject', { id, reason }));
export const assignSeats = (id: string, seatNumbers: number[]) => toldSeats(callFunction('workspaces', 'assignSeats', { id, seatNumbers }));
export const referTeam = (id: string, incubator: string, note?: string) =>
  toldSeats(callFunction('workspaces', 'refer', { id, incubator, ...(note ? { note } : {}) }));

export type SeatMapView = Reply<'workspaces', 'seatMap'>;
export const seatMap = (id: string) => callFunction('workspaces', 'seatMap', { id });

export type CsvFile = Reply<'reports', 'exportApplicationsCsv'>;
export const exportApplicationsCsv = (kind: ApplicationKind, status: string[], cursor: QueueCursor | null) =>
  callFunction('reports', 'exportApplicationsCsv', { kind, status, ...(cursor ? { cursor } : {}) });

export type History = Reply<'stays', 'history'> | Reply<'workspaces', 'history'>;
export type HistoryLine = History['lines'][number];
export const history = (kind: ApplicationKind, id: string): Promise<Envelope<History>> =>
  kind === 'stays' ? callFunction('stays', 'history', { id }) : callFunction('workspaces', 'history', { id });
