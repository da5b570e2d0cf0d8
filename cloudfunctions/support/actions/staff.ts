import { randomUUID } from 'node:crypto';
import { AppError, defineAction } from '../../../core/contract';
import { monthOfDate } from '../../../core/calendar/months';
import { shanghaiDate } from '../../../core/dates';
import { applyRecheck, disbursementProblem, pendingRechecks, supportAmount, supportSchedule, tierOf } from '../../../core/housing/support';
import { supportApi } from '../../../core/housing/support-api';
import { UNDECIDED, type SupportApplication } from '../../../core/housing/support-records';
import { disbursementsCsv as toDisbursementsCsv, toSupportListItem, toSupportStaffView } from '../../../core/housing/support-views';
import { reason, type Reason } from '../../../core/reasons';
import { askQuestion } from '../../../core/requests/questions';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import { revealPerson } from '../../_shared/reveal';
import type { ActionContext } from '../../_shared/handler';
import {
  changeSupport,
  disbursementsOf,
  disbursementsPaid,
  insertDisbursement,
  releaseClaim,
  supportInStatus,
  supportNamed,
  supportPolicyOf,
} from '../../_shared/support/repository';
import { tellSupport } from '../../_shared/support/store';

const action = defineAction<ActionContext>();

/** The district's operators review support (it belongs to no station); admins too. */
const STAFF = ['operator', 'admin'] as const;
/** The most rows one CSV carries; a longer period is asked for in parts. */
const CSV_MAX_ROWS = 5000;

const refused = (why: Reason, code: 'CONFLICT' | 'NOT_ELIGIBLE' = 'CONFLICT') =>
  new AppError(code, { message: why.message, details: { reasons: [why] } });

async function staffView(ctx: ActionContext, app: SupportApplication) {
  const [paid, policy] = await Promise.all([disbursementsOf(ctx.db, app._id), supportPolicyOf(ctx.db)]);
  return toSupportStaffView(app, paid, policy);
}

/** A change to the application (compare-and-set on its version), audited, and the application as it is now. */
async function change(
  ctx: ActionContext,
  app: SupportApplication,
  input: { name: string; fields: Partial<SupportApplication>; note?: Record<string, unknown> },
): Promise<SupportApplication> {
  const version = await changeSupport(ctx.db, { app, fields: input.fields });
  const after = { ...app, ...input.fields, version };
  await recordAudit(
    { ...ctx, action: `support.${input.name}` },
    {
      target: { collection: COLLECTIONS.supportApplications, id: app._id },
      before: app.status,
      after: after.status,
      ...(input.note ? { note: input.note } : {}),
    },
  );
  return after;
}

const undecided = (app: SupportApplication) => {
  if (!UNDECIDED.includes(app.status)) throw new AppError('CONFLICT');
};

/** The queue: undecided applications (or those of one status, one kind), oldest first. */
export const supportQueue = action({
  ...supportApi.supportQueue,
  roles: [...STAFF],
  async handler(input, ctx) {
    const apps = await supportInStatus(ctx.db, { statuses: input?.status ? [input.status] : UNDECIDED, kind: input?.kind });
    return { items: apps.map(toSupportListItem) };
  },
});

/** One application with the materials checklist and what approving would grant today. */
export const getSupport = action({
  ...supportApi.getSupport,
  roles: [...STAFF],
  prefetch: supportNamed,
  handler: (_input, ctx, app) => staffView(ctx, app),
});

/**
 * The applicant's phone and identity numbers in clear (to check them against the labour contract, say), for the
 * district's operators and admins who review support: the only way they leave the database decrypted. Audited
 * (`support.reveal`) before they are returned.
 */
export const revealSupport = action({
  ...supportApi.revealSupport,
  roles: [...STAFF],
  prefetch: supportNamed,
  async handler(_input, ctx, app) {
    const record = { collection: COLLECTIONS.supportApplications, id: app._id, status: app.status };
    return revealPerson(ctx, { action: 'support.reveal', person: app.person, record });
  },
});

/**
 * 补充材料: the operator asks the applicant one question (core/requests/questions.ts: one open at a time); the
 * application waits for the answer (`more-asked`) and the applicant is told.
 */
export const askForMore = action({
  ...supportApi.askForMore,
  roles: [...STAFF],
  idempotent: true,
  freeText: ['question'],
  prefetch: supportNamed,
  async handler(input, ctx, app) {
    if (app.status !== 'submitted') throw new AppError('CONFLICT');
    const { openQuestion } = askQuestion({
      request: app,
      text: input.question,
      by: { role: 'operator', openId: ctx.identity.openId },
      now: ctx.now,
    });
    const after = await change(ctx, app, { name: 'askForMore', fields: { status: 'more-asked', openQuestion, updatedAt: ctx.now } });
    await tellSupport(ctx, {
      recipient: app.ownerId,
      app,
      event: 'moreAsked',
      version: String(ctx.now.getTime()),
      data: { question: input.question },
    });
    return staffView(ctx, after);
  },
});

/**
 * Approval with core's amount under today's policy (never typed by the operator): rent support becomes its
 * monthly schedule from this month with its re-check months; the purchase subsidy one entitlement this month.
 */
export const approveSupport = action({
  ...supportApi.approveSupport,
  roles: [...STAFF],
  idempotent: true,
  prefetch: (input, ctx) => Promise.all([supportNamed(input, ctx), supportPolicyOf(ctx.db)]),
  async handler(_input, ctx, [app, policy]) {
    undecided(app);
    const firstMonth = monthOfDate(shanghaiDate(ctx.now));
    const facts = { policy, kind: app.kind, category: app.category, monthlyRentPaid: app.monthlyRentPaid };
    const schedule = supportSchedule({ ...facts, firstMonth });
    if (schedule.length === 0 || !tierOf(policy, app.category)) {
      throw refused(
        reason('support-tier', '当前政策对该类别没有此项资助', 'The policy now gives no such support to this category'),
        'NOT_ELIGIBLE',
      );
    }
    const amount = supportAmount(facts);
    const after = await change(ctx, app, {
      name: 'approveSupport',
      fields: {
        status: 'approved',
        amount,
        schedule,
        nextRecheck: pendingRechecks(schedule, [])[0] ?? null,
        openQuestion: null,
        reason: null,
        decidedBy: ctx.identity.openId,
        decidedAt: ctx.now,
        updatedAt: ctx.now,
      },
      note: { total: amount.total },
    });
    await tellSupport(ctx, {
      recipient: app.ownerId,
      app,
      event: 'approved',
      version: String(app.version),
      data: { total: amount.total, monthly: amount.monthly, firstMonth },
    });
    return staffView(ctx, after);
  },
});

/** Rejection with the reason the applicant is told; the person may apply for this kind again. */
export const rejectSupport = action({
  ...supportApi.rejectSupport,
  roles: [...STAFF],
  idempotent: true,
  prefetch: supportNamed,
  async handler(input, ctx, app) {
    undecided(app);
    const after = await change(ctx, app, {
      name: 'rejectSupport',
      fields: {
        status: 'rejected',
        openQuestion: null,
        reason: input.reason,
        decidedBy: ctx.identity.openId,
        decidedAt: ctx.now,
        updatedAt: ctx.now,
      },
    });
    await releaseClaim(ctx.db, app);
    await tellSupport(ctx, {
      recipient: app.ownerId,
      app,
      event: 'rejected',
      version: String(app.version),
      data: { reason: input.reason },
    });
    return staffView(ctx, after);
  },
});

/**
 * One month of the schedule paid, at its scheduled amount (no payment here: the operator records what the finance
 * office paid). Refused for a month not in the schedule, not yet due, paid already, or behind a re-check not passed.
 */
export const recordDisbursement = action({
  ...supportApi.recordDisbursement,
  roles: [...STAFF],
  idempotent: true,
  prefetch: supportNamed,
  async handler(input, ctx, app) {
    if (app.status !== 'approved' && app.status !== 'stopped') throw new AppError('CONFLICT');
    const paid = await disbursementsOf(ctx.db, app._id);
    const problem = disbursementProblem({
      schedule: app.schedule,
      rechecks: app.rechecks,
      paidMonths: paid.map((d) => d.month),
      month: input.month,
      today: shanghaiDate(ctx.now),
      paidOn: input.paidOn,
      approvedOn: shanghaiDate(app.decidedAt ?? app.submittedAt),
    });
    if (problem) throw refused(problem);
    const entitlement = app.schedule.find((e) => e.month === input.month)!;
    const row = {
      _id: `${app._id}:${input.month}`,
      applicationId: app._id,
      ownerId: app.ownerId,
      kind: app.kind,
      name: app.person.name,
      month: input.month,
      amount: entitlement.amount,
      paidOn: input.paidOn,
      reference: input.reference,
      recordedBy: ctx.identity.openId,
      recordedAt: ctx.now,
      call: randomUUID(),
    };
    // Two operators recording one month at once: one row, the other is told it is paid.
    if (!(await insertDisbursement(ctx.db, row))) {
      throw refused(reason('already-paid', `${input.month} 已记录发放`, `${input.month} is recorded as paid already`));
    }
    await recordAudit(
      { ...ctx, action: 'support.recordDisbursement' },
      {
        target: { collection: COLLECTIONS.supportApplications, id: app._id },
        before: app.status,
        after: app.status,
        note: { month: input.month, amount: entitlement.amount },
      },
    );
    return toSupportStaffView(app, [...paid, row], await supportPolicyOf(ctx.db));
  },
});

/**
 * The annual re-check of rent support (still employed here, still renting, still no home), the first one pending:
 * passed, the next months may be paid; failed, the schedule stops at that month and the applicant is told.
 */
export const recordRecheck = action({
  ...supportApi.recordRecheck,
  roles: [...STAFF],
  idempotent: true,
  prefetch: supportNamed,
  async handler(input, ctx, app) {
    if (app.status !== 'approved') throw new AppError('CONFLICT');
    const today = shanghaiDate(ctx.now);
    const result = applyRecheck({
      schedule: app.schedule,
      rechecks: app.rechecks,
      recheck: { month: input.month, passed: input.passed, note: input.note, on: today },
    });
    if ('rule' in result) throw refused(result);
    const after = await change(ctx, app, {
      name: 'recordRecheck',
      fields: {
        schedule: result.schedule,
        rechecks: result.rechecks,
        status: result.stopped ? 'stopped' : 'approved',
        nextRecheck: result.stopped ? null : (pendingRechecks(result.schedule, result.rechecks)[0] ?? null),
        ...(result.stopped ? { reason: input.note || null } : {}),
        updatedAt: ctx.now,
      },
      note: { month: input.month, passed: input.passed },
    });
    if (result.stopped) {
      await releaseClaim(ctx.db, app);
      await tellSupport(ctx, { recipient: app.ownerId, app, event: 'stopped', version: input.month, data: { month: input.month } });
    }
    return staffView(ctx, after);
  },
});

/** The finance office's list: the disbursements paid between two days (both included), as CSV; audited. */
export const disbursementsCsv = action({
  ...supportApi.disbursementsCsv,
  roles: [...STAFF],
  async handler(input, ctx) {
    if (input.from > input.to)
      throw new AppError('VALIDATION', {
        issues: [{ path: 'to', message: ctx.locale === 'en' ? 'On or after the first day' : '不能早于开始日期' }],
      });
    const rows = await disbursementsPaid(ctx.db, { ...input, limit: CSV_MAX_ROWS + 1 });
    if (rows.length > CSV_MAX_ROWS) {
      throw new AppError('VALIDATION', {
        issues: [{ path: 'to', message: ctx.locale === 'en' ? 'Too many rows: choose a shorter period' : '记录过多，请缩短日期范围' }],
      });
    }
    await recordAudit(
      { ...ctx, action: 'support.disbursementsCsv' },
      {
        target: { collection: COLLECTIONS.supportDisbursements, id: `${input.from}..${input.to}` },
        before: null,
        after: null,
        note: { rows: rows.length },
      },
    );
    return {
      filename: `support-disbursements-${input.from}-${input.to}.csv`,
      mimeType: 'text/csv',
      content: toDisbursementsCsv(rows, ctx.locale),
      rows: rows.length,
    };
  },
});
