import { AppError } from '../../../core/contract';
import { kpiEventOf } from '../../../core/kpi';
import {
  OPEN_FOR_UNIT,
  canView,
  checkTransition,
  timelineActor,
  toApplicantView,
  toStaffView,
  visibilityOf,
  type Actor,
  type Relation,
  type ServiceRequest,
  type Status,
  type TimelineEntry,
  type TransitionName,
} from '../../../core/requests';
import type { TRANSITIONS } from '../../../core/requests/transitions';
import { storedWhole } from '../applications';
import { recordAudit } from '../audit';
import { loadCalendars } from '../calendars';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { showsChange } from '../own-write';
import type { ActionContext } from '../handler';
import { settleAll } from '../side-by-side';
import { bumpCounters } from './counters';

export const actorOf = (ctx: Pick<ActionContext, 'identity' | 'roles' | 'user'>): Actor => ({
  openId: ctx.identity.openId,
  roles: ctx.roles,
  unitId: ctx.user?.unitId ?? null,
});

export async function findRequest(db: Database, id: string): Promise<ServiceRequest | null> {
  const { data } = await db.collection(COLLECTIONS.requests).where({ _id: id }).limit(1).get();
  return (data[0] as ServiceRequest | undefined) ?? null;
}

/**
 * The request a step names, as an action's `prefetch` reads it: beside the caller's user, or beside the shell's checks
 * (the claim of its requestId, the rate slot) for a step that takes personal data; then checked by `takeStep` (`read`).
 */
export const requestNamed = (input: { id: string }, ctx: Pick<ActionContext, 'db'>) => findRequest(ctx.db, input.id);

/** The calendars and the request at once, for a step that counts working days (`dispatch`, `resolve`…). */
export const calendarsAndRequest = (input: { id: string }, ctx: Pick<ActionContext, 'db' | 'now'>) =>
  Promise.all([loadCalendars(ctx.db, ctx.now), findRequest(ctx.db, input.id)]);

/** The request as read, if the caller may see it; otherwise `NOT_FOUND`, whether it exists or not. */
export function visibleOf(actor: Actor, request: ServiceRequest | null): ServiceRequest {
  if (!request || !canView(actor, request)) throw new AppError('NOT_FOUND');
  return request;
}

/** The applicant reads their own view; staff (operator, admin, the request's units) read everything. */
export const viewFor = (relation: Relation, request: ServiceRequest) =>
  relation === 'owner' ? toApplicantView(request) : toStaffView(request);

export interface StepChange {
  set?: Partial<Omit<ServiceRequest, '_id' | 'timeline' | 'version'>>;
  text?: string;
  data?: Record<string, unknown>;
}

/**
 * Writes one step: the new fields and the timeline entry, only if nobody changed the request since it was read
 * (its `version`), else `CONFLICT`. Then counts the step's KPI fact, and meanwhile writes what `besides` writes
 * once the step is (a caller's audit line). The counters are updated after the request,
 * not in one transaction: a crash between the two loses one count, which is cheaper than serialising every
 * step of a unit on its counter documents.
 */
export async function commitStep(
  db: Database,
  now: Date,
  request: ServiceRequest,
  step: StepChange & { name: TransitionName; actor: Actor; relation: Relation; to: Status },
  besides?: () => Promise<unknown>,
): Promise<ServiceRequest> {
  const _ = db.command;
  const entry: TimelineEntry = {
    type: step.name,
    at: now,
    by: timelineActor(step.actor, step.relation),
    visibility: visibilityOf(step.name),
    ...(step.text !== undefined ? { text: step.text } : {}),
    ...(step.data !== undefined ? { data: step.data } : {}),
  };
  const set: Record<string, unknown> = { ...step.set, status: step.to, updatedAt: now };
  const update = storedWhole(db, set);
  const { updated } = await db
    .collection(COLLECTIONS.requests)
    .where({ _id: request._id, version: request.version })
    .update({ ...update, timeline: _.push(entry), version: _.inc(1) });
  if (updated !== 1 && !(await showsStep(db, request, entry))) throw new AppError('CONFLICT');
  const event = kpiEventOf(entry, request);
  await settleAll([event && bumpCounters(db, event, `${request._id}@${request.version + 1}`), besides?.()]);
  return { ...request, ...(set as Partial<ServiceRequest>), timeline: [...request.timeline, entry], version: request.version + 1 };
}

/**
 * Whether a step refused by the version is there anyway: applied, its reply lost and sent again (scripts/sdk-patches.ts).
 * It is the next version, and its last entry is this step's, made at this call's instant by this actor.
 */
async function showsStep(db: Database, request: ServiceRequest, entry: TimelineEntry): Promise<boolean> {
  const stored = await findRequest(db, request._id);
  return stored?.version === request.version + 1 && showsChange(stored.timeline[stored.timeline.length - 1] ?? {}, entry);
}

/**
 * The view a step answers with: the relation that allowed it is one of the step's `by` (checkTransition), so the
 * applicant's own steps answer the applicant's view and every other step the staff view.
 */
type StepView<N extends TransitionName> = (typeof TRANSITIONS)[N]['by'][number] extends 'owner'
  ? ReturnType<typeof toApplicantView>
  : 'owner' extends (typeof TRANSITIONS)[N]['by'][number]
    ? ReturnType<typeof viewFor>
    : ReturnType<typeof toStaffView>;

/**
 * The common body of a step taken by a caller: check that they may see the request as the action read it (`read`,
 * its prefetch), check the transition, build the change, write it, audit it, and answer with the caller's view. `after`:
 * what the step does once written (its notices, from the request as it was before the step), beside the audit line.
 */
export async function takeStep<N extends TransitionName>(
  ctx: ActionContext,
  input: { name: N; read: ServiceRequest | null; after?: (request: ServiceRequest) => Promise<unknown> },
  build: (request: ServiceRequest, relation: Relation) => StepChange | Promise<StepChange>,
): Promise<StepView<N>> {
  const actor = actorOf(ctx);
  const request = visibleOf(actor, input.read);
  const { to, relation } = checkTransition({ name: input.name, request, actor });
  const change = await build(request, relation);
  const saved = await commitStep(ctx.db, ctx.now, request, { ...change, name: input.name, actor, relation, to }, () =>
    settleAll([
      recordAudit(
        { ...ctx, action: `requests.${input.name}` },
        { target: { collection: COLLECTIONS.requests, id: request._id }, before: request.status, after: to },
      ),
      input.after?.(request),
    ]),
  );
  return viewFor(relation, saved) as StepView<N>;
}

/** Checks that every unit exists and is active, or answers `VALIDATION` on the given field. */
export async function assertUnits(ctx: Pick<ActionContext, 'db' | 'locale'>, unitIds: readonly string[], path: string): Promise<void> {
  const unique = [...new Set(unitIds)];
  const { data } = await ctx.db
    .collection(COLLECTIONS.units)
    .where({ _id: ctx.db.command.in(unique) })
    .limit(unique.length)
    .get();
  const active = new Set((data as Array<{ _id: string; active: boolean }>).filter((u) => u.active).map((u) => u._id));
  const unknown = unique.filter((id) => !active.has(id));
  if (unknown.length === 0) return;
  throw new AppError('VALIDATION', {
    issues: [{ path, message: ctx.locale === 'en' ? `Unknown unit: ${unknown.join(', ')}` : `承办单位不存在：${unknown.join(', ')}` }],
  });
}

// The list queries on requests, each with the index of INDEXES.requests (collections.ts) that serves it. A page
// reads one row more than it shows, to know whether another follows.
type Page = { page: number; pageSize: number };

async function listPage(db: Database, where: Record<string, unknown>, order: [string, 'asc' | 'desc'], input: Page) {
  const { data } = await db
    .collection(COLLECTIONS.requests)
    .where(where)
    .orderBy(...order)
    .skip(input.page * input.pageSize)
    .limit(input.pageSize + 1)
    .get();
  return { items: (data as ServiceRequest[]).slice(0, input.pageSize), hasMore: data.length > input.pageSize };
}

/** The applicant's own, newest first (`applicant`). */
export const applicantRequests = (db: Database, applicantId: string, input: Page) =>
  listPage(db, { applicantId }, ['createdAt', 'desc'], input);

/** A unit's, lead or co-handling, in these statuses, most recently changed first (`unit`). */
export const unitRequests = (db: Database, unitId: string, statuses: readonly Status[], input: Page) =>
  listPage(db, { unitIds: unitId, status: db.command.in([...statuses]) }, ['updatedAt', 'desc'], input);

/** In these statuses, oldest first: the operator's queue (`status_due` pins the status). */
export const requestsInStatuses = (db: Database, statuses: readonly Status[], input: Page) =>
  listPage(db, { status: db.command.in([...statuses]) }, ['createdAt', 'asc'], input);

/** A page of what a scheduler query selects, earliest deadline first; the where pins `status` (`status_due`). */
export async function dueFirst(db: Database, where: Record<string, unknown>, limit: number): Promise<ServiceRequest[]> {
  const { data } = await db.collection(COLLECTIONS.requests).where(where).orderBy('dueAt', 'asc').limit(limit).get();
  return data as ServiceRequest[];
}

/** Waiting for the operator: submitted or returned (`status_due`). */
export async function countAwaitingTriage(db: Database): Promise<number> {
  const { total } = await db
    .collection(COLLECTIONS.requests)
    .where({ status: db.command.in(['submitted', 'returned']) })
    .count();
  return total;
}

/** Past their deadline in a status the lead unit owes work in (`status_due`: status pinned, then a range on dueAt). */
export async function countOverdue(db: Database, openStatuses: readonly Status[], now: Date): Promise<number> {
  const _ = db.command;
  const { total } = await db
    .collection(COLLECTIONS.requests)
    .where({ status: _.in([...openStatuses]), dueAt: _.lt(now) })
    .count();
  return total;
}

/** Submitted in a month, oldest first, `pageSize` a page (`month`): the admin's CSV export. */
export const requestsOfMonth = (db: Database, month: string, input: Page) => listPage(db, { month }, ['createdAt', 'asc'], input);

/** Open (the lead unit owes work) with a provisional deadline (`provisional_status`). */
const provisionalOpen = (db: Database) => ({ dueProvisional: true, status: db.command.in([...OPEN_FOR_UNIT]) });

/** How many open requests still have a provisional deadline. */
export async function countProvisionalOpen(db: Database): Promise<number> {
  const { total } = await db.collection(COLLECTIONS.requests).where(provisionalOpen(db)).count();
  return total;
}

/**
 * One page of the open requests with a provisional deadline, to count again once a calendar is loaded: those after
 * `afterId`, by `_id`. Not at an offset: a request made final no longer matches, and an offset would skip as many.
 */
export async function provisionalOpenPage(db: Database, afterId: string, pageSize: number): Promise<ServiceRequest[]> {
  const { data } = await db
    .collection(COLLECTIONS.requests)
    .where({ ...provisionalOpen(db), _id: db.command.gt(afterId) })
    .orderBy('_id', 'asc')
    .limit(pageSize)
    .get();
  return data as ServiceRequest[];
}

/** Writes a final deadline, only if the request is unchanged since read (its version); answers 1 if written. */
export async function setFinalDeadline(
  db: Database,
  request: Pick<ServiceRequest, '_id' | 'version'>,
  deadline: { dueAt: Date; dueDate: string },
): Promise<number> {
  const { updated } = await db
    .collection(COLLECTIONS.requests)
    .where({ _id: request._id, version: request.version })
    .update({ dueAt: deadline.dueAt, dueDate: deadline.dueDate, dueProvisional: false, version: db.command.inc(1) });
  return updated;
}

/** Stores a new request under its own id. */
export async function insertRequest(db: Database, request: ServiceRequest): Promise<void> {
  const { _id, ...fields } = request;
  await db.collection(COLLECTIONS.requests).doc(_id).set(fields);
}
