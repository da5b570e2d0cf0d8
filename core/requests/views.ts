import type { ServiceRequest, TimelineEntry } from './request';

const iso = (date: Date | null | undefined) => (date ? new Date(date).toISOString() : null);

const entryView = (entry: TimelineEntry, withActors: boolean) => ({
  type: entry.type,
  at: iso(entry.at),
  by: withActors ? entry.by : { role: entry.by.role, ...(entry.by.unitId ? { unitId: entry.by.unitId } : {}) },
  ...(entry.text !== undefined ? { text: entry.text } : {}),
  ...(entry.data !== undefined ? { data: entry.data } : {}),
  ...(withActors ? { visibility: entry.visibility } : {}),
});

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
  timeline: request.timeline.filter((e) => e.visibility === 'public').map((e) => entryView(e, false)),
});

/** What operators, admins and the request's units read: everything, internal notes included. */
export const toStaffView = (request: ServiceRequest) => ({
  ...common(request),
  applicantId: request.applicantId,
  overdue: request.overdue,
  extension: request.extension ? { ...request.extension, requestedAt: iso(request.extension.requestedAt) } : null,
  consultations: request.consultations.map((c) => ({ ...c, scheduledFor: iso(c.scheduledFor), heldAt: iso(c.heldAt) })),
  timeline: request.timeline.map((e) => entryView(e, true)),
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
  updatedAt: iso(request.updatedAt),
});
