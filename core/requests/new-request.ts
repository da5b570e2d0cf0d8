import { shanghaiDateOf } from '../calendar/dates';
import type { ServiceRequest } from './request';
import type { SubmitInput } from './submit.schema';

/** A just-submitted request; its first timeline entry is the submission itself. */
export function newRequest(input: { id: string; applicantId: string; submit: SubmitInput; now: Date }): ServiceRequest {
  const { id, applicantId, submit, now } = input;
  return {
    _id: id,
    applicantId,
    category: submit.category,
    title: submit.title,
    body: submit.body,
    attachments: submit.attachments,
    status: 'submitted',
    tier: null,
    leadUnitId: null,
    coUnitIds: [],
    unitIds: [],
    dispatchedAt: null,
    dueAt: null,
    dueDate: null,
    dueProvisional: false,
    extension: null,
    consultations: [],
    resolvedAt: null,
    reply: null,
    rating: null,
    openQuestion: null,
    reopenCount: 0,
    reminderPending: false,
    overdue: false,
    timeline: [{ type: 'submit', at: now, by: { role: 'applicant', openId: applicantId }, visibility: 'public' }],
    month: shanghaiDateOf(now).slice(0, 7),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}
