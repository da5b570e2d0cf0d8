import { AppError } from '../../core/contract';
import {
  AUTO_CLOSE_DAYS,
  OPEN_FOR_UNIT,
  reminderHorizon,
  SYSTEM_ACTOR,
  type ServiceRequest,
  type TransitionName,
} from '../../core/requests';
import { purgeExpiredAudit } from '../_shared/audit';
import { remindOverdueContacts } from '../_shared/liaisons/remind';
import { remindEventSessions } from '../_shared/event-reminders';
import { lapseExpiredOffers } from '../_shared/events/lapse';
import { recountSessions } from '../_shared/events/recount';
import type { Database } from '../_shared/cloud';
import { loadCalendars } from '../_shared/calendars';
import { sweepRateCounters } from '../_shared/rate-limit';
import { notify, type Notice } from '../_shared/notify';
import { districtAdmins, unitHandlers } from '../_shared/requests/recipients';
import { commitStep, dueFirst, type StepChange } from '../_shared/requests/repository';
import { sweepStays } from '../_shared/stays/sweep';
import { recoverAllAbandonedSubmits } from './recover-submits';
import { releaseLeftovers } from './release-leftovers';
import { sweepSeats } from '../_shared/workspaces/sweep';
import { sweepHousing } from '../_shared/housing/sweep';
import { offerFreedUnits } from '../_shared/housing/auto-offer';
import { repairHousing } from '../_shared/housing/repairs';
import { sweepBlocks } from '../_shared/housing/block-sweep';
import { sweepSupport } from '../_shared/support/sweep';
import type { WechatTemplates } from '../../core/notices/wechat-templates';
import { deliverOutbox } from './deliver';

const PAGE = 100;
/** A run handles at most this many requests per kind; the next run takes the rest. */
const MAX_PAGES = 20;

/**
 * Pages through the requests a query selects and handles each once. The step taken clears what the query
 * selects on, so each page is fresh; ids already seen (a step that lost a race) stop the loop.
 */
async function forEachSelected(db: Database, query: Record<string, unknown>, handle: (request: ServiceRequest) => Promise<void>) {
  const seen = new Set<string>();
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const fresh = (await dueFirst(db, query, PAGE)).filter((r) => !seen.has(r._id));
    if (fresh.length === 0) return;
    for (const request of fresh) {
      seen.add(request._id);
      await handle(request);
    }
  }
}

/**
 * Notify first (deduplicated by key), then record the step (version-checked). A crash between the two, or a
 * second scheduler at the same time, leaves the flag set; the next run's notice has the same key and sends nothing.
 */
async function noticeThenStep(
  db: Database,
  now: Date,
  request: ServiceRequest,
  recipients: string[],
  notice: Notice,
  name: TransitionName,
  change: StepChange,
) {
  const sent = await notify(db, recipients, notice, now);
  try {
    await commitStep(db, now, request, {
      ...change,
      name,
      actor: SYSTEM_ACTOR,
      relation: 'system',
      to: name === 'autoClose' ? 'closed' : request.status,
    });
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
  }
  return sent;
}

/**
 * One scheduler run at `now`: escalate (督办) requests past their deadline to the district admins, remind the lead
 * unit's handlers one working day before a deadline, and close resolved requests left unrated for 7 days.
 * Also undoes submits that died midway, deletes audit entries past retention and counters of ended rate-limit
 * windows, and last delivers the outbox as WeChat subscribe messages (deliver.ts; `templates` from
 * SUBSCRIBE_TEMPLATES, none: nothing is sent). Running it again sends nothing twice.
 */
export async function tick(db: Database, now: Date, templates: WechatTemplates = {}) {
  const _ = db.command;
  const calendars = await loadCalendars(db, now);
  const counts = { escalated: 0, reminded: 0, autoClosed: 0, notices: 0 };
  const admins = await districtAdmins(db);

  await forEachSelected(db, { status: _.in([...OPEN_FOR_UNIT]), overdue: false, dueAt: _.lt(now) }, async (request) => {
    const data = { requestId: request._id, title: request.title, unitId: request.leadUnitId, dueDate: request.dueDate };
    counts.notices += await noticeThenStep(
      db,
      now,
      request,
      admins,
      { key: `overdue:${request._id}:${request.dueAt?.getTime()}`, template: 'overdue_escalation', data },
      'markOverdue',
      {
        set: { overdue: true, reminderPending: false },
        data: { unitId: request.leadUnitId, dueDate: request.dueDate },
      },
    );
    counts.escalated += 1;
  });

  const horizon = reminderHorizon({ now, calendars });
  await forEachSelected(
    db,
    { status: _.in([...OPEN_FOR_UNIT]), reminderPending: true, dueAt: _.gte(now).and(_.lte(horizon)) },
    async (request) => {
      const handlers = request.leadUnitId ? await unitHandlers(db, request.leadUnitId) : [];
      const data = { requestId: request._id, title: request.title, dueDate: request.dueDate };
      counts.notices += await noticeThenStep(
        db,
        now,
        request,
        handlers,
        { key: `remind:${request._id}:${request.dueAt?.getTime()}`, template: 'deadline_reminder', data },
        'remind',
        {
          set: { reminderPending: false },
          data: { dueDate: request.dueDate },
        },
      );
      counts.reminded += 1;
    },
  );

  const cutoff = new Date(now.getTime() - AUTO_CLOSE_DAYS * 24 * 60 * 60 * 1000);
  await forEachSelected(db, { status: 'resolved', resolvedAt: _.lte(cutoff) }, async (request) => {
    const data = { requestId: request._id, title: request.title };
    counts.notices += await noticeThenStep(
      db,
      now,
      request,
      [request.applicantId],
      { key: `autoClose:${request._id}`, template: 'request_auto_closed', data },
      'autoClose',
      {},
    );
    counts.autoClosed += 1;
  });
  // The bookings' timer work: unreviewed applications expire, no-shows, lapsed waitlist offers, ended seat terms.
  const system = {
    db,
    now,
    identity: { openId: SYSTEM_ACTOR.openId, appId: null, unionId: null },
    roles: [],
    requestId: `scheduler:${now.toISOString()}`,
  };
  // Submits that died between their hold and their insert give back what they held.
  const submitsRecovered = await recoverAllAbandonedSubmits(db, now);
  // Status changes cut short between their status write and their release give back what they freed.
  const leftoversReleased = await releaseLeftovers(db, now);
  const stays = await sweepStays(system, { limit: PAGE, calendars });
  const seats = await sweepSeats(system, { limit: PAGE, calendars });
  // 双结对: liaisons whose talent's contact is due, once per due date.
  const liaisonReminders = await remindOverdueContacts(db, now);
  // Event sessions starting within a day: everyone holding a place is reminded once.
  const eventReminders = await remindEventSessions(db, now, PAGE);
  // Places offered from an event's waitlist past their deadline lapse and go to the next on the waitlist.
  const eventOffersLapsed = await lapseExpiredOffers(system, PAGE);
  // Sessions whose count of places a change cut short left wrong get the count their sign-ups account for.
  const sessionsRecounted = await recountSessions(db, now);
  // Apartments: offers, accepts, block confirmations and lease changes cut short between their writes are put right
  // (before the housing sweep lapses offers).
  const housingRepaired = await repairHousing(db, now);
  // Talent apartments: employer confirmations past their last day lapse, unaccepted offers end as declines.
  const housing = await sweepHousing(system, { limit: PAGE });
  // Units freed (offers just lapsed included) go to the head of their list where the building's policy says so.
  const { offered: housingAutoOffered } = await offerFreedUnits(system, { limit: PAGE });
  // Employers' blocks: stuck allocations roll back; units not named or confirmed in time go back to the building.
  const blocks = await sweepBlocks(system, { limit: PAGE, calendars });
  // Housing support: re-checks due are reminded, rent support whose re-check month passed unrecorded lapses.
  const support = await sweepSupport(system, { limit: PAGE });
  // Counters of ended rate-limit windows; nothing reads them any more (not part of the reply: nothing to report).
  await sweepRateCounters(db, now);
  // Audit entries past retention (AUDIT_RETENTION_DAYS); the count is reported so that a run shows what it deleted.
  const auditPurged = await purgeExpiredAudit(db, now);
  // Last, so that the notices of this run's own steps go out in this run.
  const delivered = await deliverOutbox(db, now, templates);
  return {
    ...counts,
    stays,
    seats,
    housing,
    housingAutoOffered,
    blocks,
    support,
    eventReminders,
    eventOffersLapsed,
    sessionsRecounted,
    submitsRecovered,
    leftoversReleased,
    housingRepaired,
    liaisonReminders,
    auditPurged,
    delivered,
  };
}
