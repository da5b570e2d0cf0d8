import { AppError } from '../contract/errors';
import { relationsOf, type Actor, type Relation } from './actor';
import type { ServiceRequest, Visibility } from './request';
import type { Status } from './statuses';

interface TransitionSpec {
  /** The statuses it may start from. */
  from: readonly Status[];
  /** The status it leads to; `null` leaves the status as it is (a note, an extension, a consultation). */
  to: Status | null;
  /** Who may make it, by relation to the request. */
  by: readonly Relation[];
  /** Whether the applicant's timeline shows it. */
  visibility: Visibility;
}

/** The one list of transitions of a service request, with who may make each. */
export const TRANSITIONS = {
  submit: { from: [], to: 'submitted', by: ['owner'], visibility: 'public' },
  addInfo: { from: ['submitted', 'triaged', 'dispatched', 'in_progress', 'returned'], to: null, by: ['owner'], visibility: 'public' },
  /**
   * 补充材料通知: the lead unit (or an operator, who follows every open request) asks the applicant a question while
   * the request is being worked; the applicant's next `addInfo` answers it (core/requests/questions.ts).
   */
  askForInfo: { from: ['in_progress'], to: null, by: ['leadUnit', 'operator'], visibility: 'public' },
  triage: { from: ['submitted', 'triaged', 'returned'], to: 'triaged', by: ['operator'], visibility: 'public' },
  dispatch: { from: ['triaged'], to: 'dispatched', by: ['operator'], visibility: 'public' },
  accept: { from: ['dispatched'], to: 'in_progress', by: ['leadUnit'], visibility: 'public' },
  return: { from: ['dispatched'], to: 'returned', by: ['leadUnit'], visibility: 'public' },
  note: {
    from: ['triaged', 'dispatched', 'in_progress', 'returned', 'resolved'],
    to: null,
    by: ['anyUnit', 'operator'],
    visibility: 'internal',
  },
  requestExtension: { from: ['in_progress'], to: null, by: ['leadUnit'], visibility: 'internal' },
  grantExtension: { from: ['in_progress'], to: null, by: ['operator'], visibility: 'public' },
  scheduleConsultation: { from: ['triaged', 'dispatched', 'in_progress'], to: null, by: ['operator'], visibility: 'public' },
  recordConsultation: { from: ['triaged', 'dispatched', 'in_progress', 'resolved'], to: null, by: ['operator'], visibility: 'internal' },
  resolve: { from: ['in_progress'], to: 'resolved', by: ['leadUnit'], visibility: 'public' },
  rate: { from: ['resolved'], to: 'closed', by: ['owner'], visibility: 'public' },
  /** An unsatisfied rating, the first time: back to the unit with a fresh deadline. */
  reopen: { from: ['resolved'], to: 'in_progress', by: ['owner'], visibility: 'public' },
  autoClose: { from: ['resolved'], to: 'closed', by: ['system'], visibility: 'public' },
  remind: { from: ['dispatched', 'in_progress'], to: null, by: ['system'], visibility: 'internal' },
  markOverdue: { from: ['dispatched', 'in_progress'], to: null, by: ['system'], visibility: 'internal' },
} as const satisfies Record<string, TransitionSpec>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

const wrongState = (status: Status) =>
  new AppError('CONFLICT', {
    message: { 'zh-CN': `该诉求当前状态（${status}）不允许此操作`, en: `This request is ${status}; that step is not possible now` },
    details: { status },
  });

/**
 * Checks that the actor may make the transition on the request now, and returns the status it leads to and the
 * relation that allowed it. A caller who may not even see the request gets `NOT_FOUND` (a unit never learns of
 * another unit's request); one who sees it but may not act, `FORBIDDEN`; the wrong status, `CONFLICT`.
 */
export function checkTransition(input: {
  name: TransitionName;
  request: Pick<ServiceRequest, 'status' | 'applicantId' | 'leadUnitId' | 'unitIds'>;
  actor: Actor;
}): { to: Status; relation: Relation } {
  const { name, request, actor } = input;
  const spec: TransitionSpec = TRANSITIONS[name];
  const relations = relationsOf(actor, request);
  if (relations.length === 0) throw new AppError('NOT_FOUND');
  const relation = spec.by.find((allowed) => relations.includes(allowed));
  if (!relation) throw new AppError('FORBIDDEN');
  if (!spec.from.includes(request.status)) throw wrongState(request.status);
  return { to: spec.to ?? request.status, relation };
}

export const visibilityOf = (name: TransitionName): Visibility => TRANSITIONS[name].visibility;
