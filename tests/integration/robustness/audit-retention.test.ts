import { AUDIT_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS } from '../../../core/audit';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { dbOf, type Db } from '../../support/stays';

/**
 * DESIGN.md "Privacy": the audit log is kept AUDIT_RETENTION_DAYS (at least six months), then deleted by the
 * scheduler's timer run. The query must be served by a declared index (the test cloud fails the file otherwise).
 */
const DAY = 24 * 60 * 60 * 1000;
let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;

const entry = (id: string, at: Date) => ({
  _id: id,
  actor: 'demo-operator',
  actorRoles: ['operator'],
  action: 'stays.approve',
  target: { collection: 'stay_applications', id: 'x' },
  before: 'pending',
  after: 'approved',
  requestId: `req-${id}`,
  at,
});
const timer = () =>
  callFunction(cloud, 'scheduler', { Type: 'Timer', TriggerName: 'every-15-minutes', Time: new Date().toISOString() }, null);
const auditIds = async () =>
  ((await db.collection('audit_logs').where({ actor: 'demo-operator' }).limit(100).get()).data as Array<{ _id: string }>)
    .map((e) => e._id)
    .sort();

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
});
afterAll(async () => {
  await cloud?.stop();
});

it('keeps at least six months', () => {
  expect(AUDIT_RETENTION_DAYS).toBeGreaterThanOrEqual(MIN_AUDIT_RETENTION_DAYS);
  expect(MIN_AUDIT_RETENTION_DAYS * DAY).toBeGreaterThanOrEqual(182.5 * DAY);
});

it('the timer run deletes the entries older than the retention and only those, once', async () => {
  const now = Date.now();
  for (const [id, ageDays] of [
    ['ancient', 1000],
    ['just-past', AUDIT_RETENTION_DAYS + 1 / 24],
    ['just-within', AUDIT_RETENTION_DAYS - 1 / 24],
    ['six-months', 183],
    ['today', 0],
  ] as const) {
    await db.collection('audit_logs').add(entry(id, new Date(now - ageDays * DAY)));
  }
  const first = await timer();
  expect(first.body).toMatchObject({ ok: true, data: { auditPurged: 2 } });
  expect(await auditIds()).toEqual(['just-within', 'six-months', 'today']);
  expect((await timer()).body).toMatchObject({ ok: true, data: { auditPurged: 0 } });
  expect(await auditIds()).toEqual(['just-within', 'six-months', 'today']);
});
