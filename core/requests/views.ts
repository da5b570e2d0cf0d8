import { openQuestionOf } from './questions';
import type { ServiceRequest, TimelineActor, TimelineEntry } from './request';

/** An instant as the views send it: an ISO string (a stored instant is never absent where the type says so). */
function iso(date: Date): string;
function iso(date: Date | null | undefined): string | null;
function iso(date: Date | null | undefined): string | null {
  return date ? new Date(date).toISOString() : null;
}

/** What the applicant learns of who acted: the role and, for a unit, which one; never a staff member's openId. */
const publicActor = (by: TimelineActor): Omit<TimelineActor, 'openId'> => ({ role: by.role, ...(by.unitId ? { unitId: by.unitId } : {}) });
const asStored = (by: TimelineActor): TimelineActor => by;

const entryView = <B>(entry: TimelineEntry, by: B) => ({
  type: entry.type,
  at: iso(entry.at),
  by,
  ...(entry.text !== undefined ? { text: entry.text } : {}),
  ...(entry.data !== undefined ? { data: entry.data } : {}),
});

const questionView = <B>(request: ServiceRequest, actor: (by: TimelineActor) => B) => {
  const open = openQuestionOf(request);
  return open ? { text: open.text, askedAt: iso(open.askedAt), by: actor(open.by) } : null;
};

const common = (request: ServiceRequest) => ({
  id: request._id,
  category: request.category,
  title: request.title,
  body: request.body,
  attachments: request.attachments,
  status: request.status,
  tier: request.tier,
  leadUnitId: request.leadUnitId,
  coUnitIds: request.coUnitIds,
  dispatchedAt: iso(request.dispatchedAt),
  dueAt: iso(request.dueAt),
  dueDate: request.dueDate,
  dueProvisional: request.dueProvisional,
  resolvedAt: iso(request.resolvedAt),
  reply: request.reply,
  rating: request.rating ? { ...request.rating, at: iso(request.rating.at) } : null,
  reopenCount: request.reopenCount,
  createdAt: iso(request.createdAt),
  updatedAt: iso(request.updatedAt),
});

/** What the applicant reads: public steps only, and no staff identities. */
export const toApplicantView = (request: ServiceRequest) => ({
  ...common(request),
  consultations: request.consultations.map((c) => ({ id: c.id, scheduledFor: iso(c.scheduledFor), status: c.status })),
  /** The question waiting for the applicant's answer (no staff identity). */
  openQuestion: questionView(request, publicActor),
  timeline: request.timeline.filter((e) => e.visibility === 'public').map((e) => entryView(e, publicActor(e.by))),
});

/** What operators, admins and the request's units read: everything, internal notes included. */
export const toStaffView = (request: ServiceRequest) => ({
  ...common(request),
  applicantId: request.applicantId,
  overdue: request.overdue,
  extension: request.extension ? { ...request.extension, requestedAt: iso(request.extension.requestedAt) } : null,
  consultations: request.consultations.map((c) => ({ ...c, scheduledFor: iso(c.scheduledFor), heldAt: iso(c.heldAt) })),
  openQuestion: questionView(request, asStored),
  timeline: request.timeline.map((e) => ({ ...entryView(e, e.by), visibility: e.visibility })),
  version: request.version,
});

/** A line of a list (mine, inbox, queue). */
export const toListItem = (request: ServiceRequest) => ({
  id: request._id,
  category: request.category,
  title: request.title,
  status: request.status,
  tier: request.tier,
  leadUnitId: request.leadUnitId,
  dueAt: iso(request.dueAt),
  dueProvisional: request.dueProvisional,
  overdue: request.overdue,
  /** A question to the applicant is open: "needs your information" to them, "awaiting the applicant" to staff. */
  awaitingInfo: openQuestionOf(request) !== null,
  updatedAt: iso(request.updatedAt),
});
