import tcb from '@cloudbase/node-sdk';
import { calendarSet, shanghaiDateOf } from '../../../core/calendar';
import calendar2026 from '../../../core/calendar/years/2026.json';
import { deadlineFor, newRequest, type ServiceRequest, type Status } from '../../../core/requests';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { callStays, inDays, requestId, talentApplication } from '../../support/stays';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
const db = () => tcb.init({ env: 'local', serviceUrl: `${cloud.url}/admin` }).database();
const calendars = calendarSet([calendar2026]);
const DAY = 24 * 3600_000;
const now = new Date();

/** A request in the given state, dispatched to unit-hrss, due at `dueAt`. */
function seeded(id: string, status: Status, fields: Partial<ServiceRequest> = {}): ServiceRequest {
  const base = newRequest({
    id,
    applicantId: 'demo-applicant',
    submit: { category: 'housing', title: id, body: '想了解人才公寓入住流程', attachments: [] },
    now: new Date(now.getTime() - 10 * DAY),
  });
  const dispatched = status !== 'submitted';
  return {
    ...base,
    status,
    tier: dispatched ? 5 : null,
    leadUnitId: dispatched ? 'unit-hrss' : null,
    unitIds: dispatched ? ['unit-hrss'] : [],
    dispatchedAt: dispatched ? new Date(now.getTime() - 9 * DAY) : null,
    ...fields,
  };
}
const dueIn = (workingDays: number) => deadlineFor({ from: now, workingDays, calendars });

/** Requests at every stage; the comment says what the scheduler owes each one. */
const REQUESTS: ServiceRequest[] = [
  seeded('due-today', 'in_progress', { dueAt: dueIn(0).dueAt, dueDate: dueIn(0).dueDate, reminderPending: true }), // remind
  seeded('due-next-working-day', 'dispatched', { dueAt: dueIn(1).dueAt, dueDate: dueIn(1).dueDate, reminderPending: true }), // remind
  seeded('due-in-three-working-days', 'in_progress', { dueAt: dueIn(3).dueAt, dueDate: dueIn(3).dueDate, reminderPending: true }), // nothing yet
  seeded('already-reminded', 'in_progress', { dueAt: dueIn(0).dueAt, dueDate: dueIn(0).dueDate, reminderPending: false }), // nothing
  seeded('just-overdue', 'in_progress', { dueAt: new Date(now.getTime() - 3600_000), dueDate: shanghaiDateOf(now), reminderPending: true }), // escalate
  seeded('overdue-not-accepted', 'dispatched', { dueAt: new Date(now.getTime() - 3 * DAY), dueDate: 'x', reminderPending: false }), // escalate
  seeded('already-escalated', 'in_progress', { dueAt: new Date(now.getTime() - 3 * DAY), overdue: true }), // nothing
  seeded('resolved-8-days-ago', 'resolved', { resolvedAt: new Date(now.getTime() - 8 * DAY) }), // auto-close
  seeded('resolved-2-days-ago', 'resolved', { resolvedAt: new Date(now.getTime() - 2 * DAY) }), // nothing
  seeded('submitted', 'submitted'),
  seeded('returned', 'returned', { dueAt: null }),
  seeded('closed-long-ago', 'closed', { resolvedAt: new Date(now.getTime() - 30 * DAY), dueAt: new Date(now.getTime() - 20 * DAY) }),
];

/** The bookings' share of a run when no application is due for anything. */
const NO_BOOKING_WORK = {
  stays: { expired: 0, noShows: 0, offersLapsed: 0 },
  seats: { expired: 0, ended: 0 },
  eventReminders: 0,
  eventOffersLapsed: 0,
  sessionsRecounted: 0,
  housing: { employerLapsed: 0, offersLapsed: 0, reminded: 0 },
  housingAutoOffered: 0,
  blocks: { allocationsRolledBack: 0, unitsLapsed: 0 },
  support: { recheckReminded: 0, lapsed: 0 },
  submitsRecovered: 0,
  leftoversReleased: 0,
  housingRepaired: 0,
  liaisonReminders: 0,
  auditPurged: 0,
};
/** No WeChat templates are configured here: every notice is in-app only, its outbox entry `skipped`. */
const delivered = (skipped: number) => ({ delivered: { sent: 0, skipped, failed: 0, retrying: 0, interrupted: 0 } });

const OUTBOX_STATUSES = ['pending', 'sending', 'sent', 'skipped', 'failed'];
const outbox = async () =>
  (
    await db()
      .collection('outbox')
      .where({ status: db().command.in(OUTBOX_STATUSES) })
      .limit(1000)
      .get()
  ).data as any[];
const timer = () => callFunction(cloud, 'scheduler', { Type: 'Timer', TriggerName: 'every-15-minutes', Time: now.toISOString() }, null);

beforeAll(async () => {
  cloud = await startTestCloud();
  for (const { _id, ...fields } of REQUESTS) await db().collection('requests').doc(_id).set(fields);
});
afterAll(() => cloud.stop());

describe('scheduler', () => {
  it('refuses a manual run by anyone but an admin, and a caller-less event that is not a timer', async () => {
    expect((await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-operator')).body.error.code).toBe('FORBIDDEN');
    expect((await callFunction(cloud, 'scheduler', { action: 'run' }, null)).body.error.code).toBe('UNAUTHENTICATED');
    expect(await outbox()).toEqual([]);
  });

  it('the timer run sends exactly the expected reminders, escalations and closing notices', async () => {
    const { body } = await timer();
    expect(body).toEqual({ ok: true, data: { escalated: 2, reminded: 2, autoClosed: 1, notices: 5, ...NO_BOOKING_WORK, ...delivered(5) } });
    const sent = (await outbox()).map((m) => [m.template, m.recipient, m.data.requestId]).sort();
    expect(sent).toEqual(
      [
        ['deadline_reminder', 'demo-unit', 'due-next-working-day'],
        ['deadline_reminder', 'demo-unit', 'due-today'],
        ['overdue_escalation', 'demo-admin', 'just-overdue'],
        ['overdue_escalation', 'demo-admin', 'overdue-not-accepted'],
        ['request_auto_closed', 'demo-applicant', 'resolved-8-days-ago'],
      ].sort(),
    );
    const inApp = (await db().collection('messages').where({ recipient: 'demo-unit' }).limit(100).get()).data;
    expect(inApp).toHaveLength(2);
  });

  it('marks what it did on the requests, with internal timeline entries', async () => {
    const get = async (id: string) => (await db().collection('requests').doc(id).get()).data[0] as ServiceRequest;
    expect(await get('just-overdue')).toMatchObject({ overdue: true, reminderPending: false });
    expect((await get('due-today')).reminderPending).toBe(false);
    expect((await get('resolved-8-days-ago')).status).toBe('closed');
    expect((await get('resolved-2-days-ago')).status).toBe('resolved');
    expect((await get('just-overdue')).timeline.at(-1)).toMatchObject({
      type: 'markOverdue',
      visibility: 'internal',
      by: { role: 'system' },
    });
    // The applicant never sees the escalation.
    const view = await callFunction(cloud, 'requests', { action: 'get', payload: { id: 'just-overdue' } }, 'demo-applicant');
    expect(view.body.data.timeline.map((e: any) => e.type)).toEqual(['submit']);
  });

  it('counts the escalations in the unit KPIs', async () => {
    const { data } = await db()
      .collection('kpi_counters')
      .where({ period: shanghaiDateOf(now).slice(0, 7), unitId: 'unit-hrss' })
      .get();
    expect(data[0]).toMatchObject({ overdue: 2 });
  });

  it('a second run — by timer or by an admin — sends nothing', async () => {
    expect((await timer()).body).toEqual({
      ok: true,
      data: { escalated: 0, reminded: 0, autoClosed: 0, notices: 0, ...NO_BOOKING_WORK, ...delivered(0) },
    });
    expect((await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin')).body.data).toEqual({
      escalated: 0,
      reminded: 0,
      autoClosed: 0,
      notices: 0,
      ...NO_BOOKING_WORK,
      ...delivered(0),
    });
    expect(await outbox()).toHaveLength(5);
  });

  it('two runs at once send each notice once', async () => {
    await db()
      .collection('requests')
      .doc('due-in-three-working-days')
      .update({ dueAt: new Date(now.getTime() - 60_000) });
    await Promise.all([timer(), timer(), timer()]);
    const escalations = (await outbox()).filter((m) => m.data.requestId === 'due-in-three-working-days');
    expect(escalations).toHaveLength(1);
  });
});

describe("the scheduler runs the bookings' timer work too", () => {
  it('expires a stay application left unreviewed for 5 working days, as the system, once', async () => {
    await consentFirst(cloud, ['sched-applicant']);
    const applied = await callStays(cloud)('apply', talentApplication({ checkIn: inDays(20) }), 'sched-applicant', {
      requestId: requestId(),
    });
    const id = applied.data._id as string;
    // Submitted three weeks ago: more than 5 working days, whatever the holidays.
    await db()
      .collection('stay_applications')
      .doc(id)
      .update({ submittedAt: new Date(now.getTime() - 21 * DAY) });

    const first = await timer();
    expect(first.body.data.stays).toEqual({ expired: 1, noShows: 0, offersLapsed: 0 });
    expect((await callStays(cloud)('get', { id }, 'sched-applicant')).data.status).toBe('expired');
    const { data } = await db().collection('audit_logs').where({ 'target.id': id }).get();
    expect(data).toEqual([expect.objectContaining({ actor: 'system', action: 'stays.expire', before: 'pending', after: 'expired' })]);
    // "Unreviewed for 5 working days → expires with a notice" (DESIGN.md): one, to the applicant.
    const notices = (await db().collection('messages').where({ recipient: 'sched-applicant' }).limit(10).get()).data;
    expect(notices).toEqual([
      expect.objectContaining({ template: 'stay_expired', data: expect.objectContaining({ applicationId: id, nights: 3 }) }),
    ]);
    expect((await timer()).body.data.stays).toEqual({ expired: 0, noShows: 0, offersLapsed: 0 });
  });
});
