import type { InputOf } from '@core/api';
import type { Status } from '@core/requests/statuses';
import { callFunction, type Envelope, type Reply } from '@/services/api';
import { ta } from '../i18n';

/** What the staff screens call. Every permission is the functions' own (roles and units checked there). */

// Reply types come from the actions' output schemas in core (core/requests/api.ts), never from here.
export type Named = Reply<'requests', 'catalog'>['units'][number];
/** A line of the operator's queue (with `extensionPending`) or of a unit's inbox (with `role`). */
export type QueueItem = Reply<'requests', 'queue'>['items'][number];
export type InboxItem = Reply<'requests', 'inbox'>['items'][number];
export type RequestItem = QueueItem | InboxItem;
/** A request as staff read it: internal entries and actors included. Every staff step answers it. */
export type RequestDetail = Reply<'requests', 'triage'>;

/**
 * `get` answers the staff view to the request's staff (an operator or admin, its units); only a caller who merely
 * filed the request gets the applicant's view, which no staff screen lists and none can show.
 */
const staffView = (reply: Envelope<Reply<'requests', 'get'>>): Envelope<RequestDetail> => {
  if (!reply.ok) return reply;
  if ('applicantId' in reply.data) return { ok: true, data: reply.data };
  return { ok: false, error: { code: 'FORBIDDEN', message: ta('dispatch.forbidden') } };
};

export const staffApi = {
  /** The active units and categories (the same public list the request form reads). */
  catalog: () => callFunction('requests', 'catalog'),
  queue: (statuses: Status[], page = 0) => callFunction('requests', 'queue', { statuses, page, pageSize: 50 }),
  inbox: (statuses: Status[], page = 0) => callFunction('requests', 'inbox', { statuses, page, pageSize: 50 }),
  get: async (id: string) => staffView(await callFunction('requests', 'get', { id })),
  triage: (input: InputOf<'requests', 'triage'>) => callFunction('requests', 'triage', input),
  dispatch: (id: string) => callFunction('requests', 'dispatch', { id }),
  grantExtension: (input: InputOf<'requests', 'grantExtension'>) => callFunction('requests', 'grantExtension', input),
  scheduleConsultation: (input: InputOf<'requests', 'scheduleConsultation'>) => callFunction('requests', 'scheduleConsultation', input),
  recordConsultation: (input: InputOf<'requests', 'recordConsultation'>) => callFunction('requests', 'recordConsultation', input),
  accept: (id: string) => callFunction('requests', 'accept', { id }),
  returnRequest: (id: string, reason: string) => callFunction('requests', 'return', { id, reason }),
  note: (id: string, text: string) => callFunction('requests', 'note', { id, text }),
  resolve: (id: string, reply: string) => callFunction('requests', 'resolve', { id, reply }),
  requestExtension: (input: InputOf<'requests', 'requestExtension'>) => callFunction('requests', 'requestExtension', input),
  /** Every call gets its own requestId from the transport; the function keeps the first reply for a retried one. */
  askForInfo: (id: string, question: string) => callFunction('requests', 'askForInfo', { id, question }),
};
