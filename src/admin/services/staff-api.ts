import type { Locale } from '@core/contract/locale';
import type { Status, Tier } from '@core/requests/statuses';
import { callFunction } from '@/services/api';

/** What the staff screens call. Every permission is the functions' own (roles and units checked there). */

export type Named = { id: string; name: Record<Locale, string> };

export interface RequestItem {
  id: string;
  category: string;
  title: string;
  status: Status;
  tier: Tier | null;
  leadUnitId: string | null;
  dueAt: string | null;
  dueProvisional: boolean;
  overdue: boolean;
  updatedAt: string;
  role?: 'lead' | 'co';
  /** Queue only: an extension asked and not yet decided. */
  extensionPending?: boolean;
  /** A question to the applicant is open (askForInfo). */
  awaitingInfo?: boolean;
}

export interface Page<T> {
  items: T[];
  hasMore: boolean;
}

export interface Consultation {
  id: string;
  scheduledFor: string;
  unitIds: string[];
  topic: string;
  status: 'scheduled' | 'held';
  minutes?: string;
}

export interface OpenQuestion {
  text: string;
  askedAt: string;
  by: { role: string; openId?: string; unitId?: string };
}

export interface RequestDetail extends Omit<RequestItem, 'role' | 'updatedAt' | 'extensionPending' | 'awaitingInfo'> {
  body: string;
  coUnitIds: string[];
  dueDate: string | null;
  reply: string | null;
  extension: { days: number; reason: string; requestedAt: string; status: 'pending' | 'granted' | 'refused' } | null;
  consultations: Consultation[];
  openQuestion: OpenQuestion | null;
  timeline: Array<{ type: string; at: string; text?: string; data?: Record<string, unknown>; by: { role: string; unitId?: string } }>;
}

const requests = <T>(action: string, payload?: unknown) => callFunction<T>('requests', action, payload);

export const staffApi = {
  /** The active units and categories (the same public list the request form reads). */
  catalog: () => requests<{ units: Named[]; categories: Named[] }>('catalog'),
  queue: (statuses: Status[], page = 0) => requests<Page<RequestItem>>('queue', { statuses, page, pageSize: 50 }),
  inbox: (statuses: Status[], page = 0) => requests<Page<RequestItem>>('inbox', { statuses, page, pageSize: 50 }),
  get: (id: string) => requests<RequestDetail>('get', { id }),
  triage: (input: { id: string; tier: Tier; leadUnitId: string; coUnitIds: string[] }) => requests<RequestDetail>('triage', input),
  dispatch: (id: string) => requests<RequestDetail>('dispatch', { id }),
  grantExtension: (input: { id: string; grant: boolean; days?: number }) => requests<RequestDetail>('grantExtension', input),
  scheduleConsultation: (input: { id: string; at: string; unitIds: string[]; topic: string }) =>
    requests<RequestDetail>('scheduleConsultation', input),
  recordConsultation: (input: { id: string; consultationId: string; minutes: string }) =>
    requests<RequestDetail>('recordConsultation', input),
  accept: (id: string) => requests<RequestDetail>('accept', { id }),
  returnRequest: (id: string, reason: string) => requests<RequestDetail>('return', { id, reason }),
  note: (id: string, text: string) => requests<RequestDetail>('note', { id, text }),
  resolve: (id: string, reply: string) => requests<RequestDetail>('resolve', { id, reply }),
  requestExtension: (input: { id: string; days: number; reason: string }) => requests<RequestDetail>('requestExtension', input),
  /** Every call gets its own requestId from the transport; the function keeps the first reply for a retried one. */
  askForInfo: (id: string, question: string) => requests<RequestDetail>('askForInfo', { id, question }),
};
