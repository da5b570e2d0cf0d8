import { addMonthsTo } from '../../../core/calendar/months';
import { DEFAULT_SUPPORT_POLICY, rentSchedule } from '../../../core/housing/support';
import { consentFirst } from '../../support/consent';
import { callFunction, startTestCloud } from '../../support/local-cloud';
import { addUser, dbOf, inDays, requestId, today, type Db } from '../../support/stays';
import { callSupport, purchaseApplication, rentApplication } from '../../support/support';

let cloud: Awaited<ReturnType<typeof startTestCloud>>;
let db: Db;
let support: ReturnType<typeof callSupport>;

const APPLICANTS = [
  'renter-a',
  'renter-b',
  'renter-c',
  'renter-d',
  'buyer-a',
  'nosy',
  'recheck-a',
  'recheck-b',
  'recheck-c',
  'racer-a',
  'racer-b',
];
const thisMonth = () => today().slice(0, 7);

beforeAll(async () => {
  cloud = await startTestCloud();
  db = dbOf(cloud);
  support = callSupport(cloud);
  await addUser(db, 'operator-elsewhere', ['applicant', 'operator'], 'station-elsewhere');
  await consentFirst(cloud, ['demo-applicant', ...APPLICANTS]);
});
afterAll(() => cloud.stop());

const supportDoc = async (id: string) => (await db.collection('support_applications').where({ _id: id }).limit(1).get()).data[0];
const messages = async (recipient: string) =>
  (await db.collection('messages').where({ recipient }).limit(50).get()).data.map((m) => m.template as string);
const apply = (openId: string, payload: Record<string, unknown> = rentApplication(), rid = requestId()) =>
  support('applySupport', payload, openId, { requestId: rid });
const staff = (action: string, payload: unknown, openId = 'demo-operator') => support(action, payload, openId, { requestId: requestId() });

describe('the policy', () => {
  it('is read by anyone signed in, with the documents of each kind', async () => {
    const reply = await support('supportPolicy', {}, 'demo-applicant');
    expect(reply.data.policy).toEqual(DEFAULT_SUPPORT_POLICY);
    expect(reply.data.documents.rent).toEqual(['labour-contract', 'social-insurance-record', 'rent-contract', 'no-home-declaration']);
    expect((await support('supportPolicy', {}, null)).error.code).toBe('UNAUTHENTICATED');
  });

  it.each(['demo-applicant', 'demo-operator', 'demo-employer', 'demo-unit'])('is set only by an admin (%s: FORBIDDEN)', async (who) => {
    expect((await support('setSupportPolicy', { policy: DEFAULT_SUPPORT_POLICY }, who)).error.code).toBe('FORBIDDEN');
  });

  it('is set whole by the admin, audited', async () => {
    const policy = { ...DEFAULT_SUPPORT_POLICY, recheckEveryMonths: 12 };
    expect((await support('setSupportPolicy', { policy }, 'demo-admin')).data.policy).toEqual(policy);
    const { data } = await db.collection('audit_logs').where({ action: 'support.setSupportPolicy' }).limit(5).get();
    expect(data).toHaveLength(1);
  });
});

describe('applying', () => {
  it('explains every rule failed (NOT_ELIGIBLE with reasons, both languages)', async () => {
    const reply = await apply(
      'renter-a',
      rentApplication({ employerCreditCode: '91310000MA1NQTREG1', ownsHomeInShanghai: true, documents: [] }),
    );
    expect(reply.error.code).toBe('NOT_ELIGIBLE');
    expect(reply.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual([
      'employer-in-district',
      'no-home',
      'document-labour-contract',
      'document-social-insurance-record',
      'document-rent-contract',
      'document-no-home-declaration',
    ]);
    const none = await apply('renter-a', purchaseApplication({ category: 'young' }));
    expect(none.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['support-tier']);
  });

  it('asks rent support for the monthly rent, and the declaration', async () => {
    expect((await apply('renter-a', rentApplication({ monthlyRentPaid: null }))).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'monthlyRentPaid' }],
    });
    expect((await apply('renter-a', rentApplication({ declaration: false }))).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'declaration' }],
    });
  });

  it('stores the identity and phone sealed, shows them masked, answers a retry the same, one per person and kind', async () => {
    const payload = rentApplication();
    const rid = requestId();
    const first = await apply('renter-a', payload, rid);
    expect(first.data).toMatchObject({ status: 'submitted', kind: 'rent', monthlyRentPaid: 4200, amount: null, schedule: [] });
    expect(first.data.person).toEqual({
      name: '王租房',
      phoneMasked: '*********0000',
      idKind: 'passport',
      idMasked: expect.stringMatching(/^\*+\d{4}$/),
    });
    expect((await apply('renter-a', payload, rid)).data._id).toBe(first.data._id);
    const stored = JSON.stringify(await supportDoc(first.data._id));
    expect(stored).not.toContain('+8613800000000');
    expect(stored).not.toContain(payload.applicant.identityDocument.number);
    expect(stored).toContain('"sealed"');
    const again = await apply('renter-a', payload);
    expect(again.error.details.reasons.map((r: { rule: string }) => r.rule)).toEqual(['one-per-kind']);
    // The same person under another account is the same person.
    expect((await apply('nosy', payload)).error.code).toBe('NOT_ELIGIBLE');
  });
});

describe('review: checklist, ask for more, approve with the computed amount', () => {
  let id: string;

  beforeAll(async () => {
    id = (await apply('renter-b', rentApplication({ documents: rentApplication().documents.slice(0, 4) }))).data._id;
  });

  it.each(['demo-applicant', 'renter-b', 'demo-employer', 'demo-unit'])('refuses %s every staff action (FORBIDDEN)', async (who) => {
    for (const [action, payload] of [
      ['supportQueue', {}],
      ['getSupport', { id }],
      ['revealSupport', { id }],
      ['askForMore', { id, question: '请补充' }],
      ['approveSupport', { id }],
      ['rejectSupport', { id, reason: '不符合' }],
      ['recordDisbursement', { id, month: thisMonth(), paidOn: today(), reference: 'X' }],
      ['recordRecheck', { id, month: thisMonth(), passed: true }],
      ['disbursementsCsv', { from: today(), to: today() }],
    ] as const) {
      expect([action, (await staff(action, payload, who)).error.code]).toEqual([action, 'FORBIDDEN']);
    }
  });

  it('queues undecided applications oldest first, for any operator of the district', async () => {
    for (const who of ['demo-operator', 'operator-elsewhere', 'demo-admin']) {
      const { data } = await support('supportQueue', {}, who);
      const ids = data.items.map((i: { _id: string }) => i._id);
      expect(ids).toContain(id);
      expect(ids).toContain('sup-demo-purchase-liu');
      expect(ids).not.toContain('sup-demo-rent-zhou');
    }
    const approved = await support('supportQueue', { status: 'approved', kind: 'rent' }, 'demo-operator');
    expect(approved.data.items.map((i: { _id: string }) => i._id)).toEqual(['sup-demo-rent-zhou']);
  });

  it('shows the operator the checklist and what approval would grant', async () => {
    const { data } = await support('getSupport', { id }, 'demo-operator');
    expect(data.checklist).toEqual([
      { kind: 'labour-contract', files: 1 },
      { kind: 'social-insurance-record', files: 1 },
      { kind: 'rent-contract', files: 1 },
      { kind: 'no-home-declaration', files: 1 },
    ]);
    expect(data.computed).toEqual({ monthly: 1500, months: 24, total: 36_000 });
    expect((await support('getSupport', { id: 'sup-nothing-here' }, 'demo-operator')).error.code).toBe('NOT_FOUND');
  });

  it("reveals the applicant's numbers to the district's operators and admins, each reveal audited without them", async () => {
    const payload = rentApplication();
    const number = payload.applicant.identityDocument.number;
    const applied = (await apply('renter-d', payload)).data;
    for (const who of ['demo-operator', 'operator-elsewhere', 'demo-admin']) {
      expect(await support('revealSupport', { id: applied._id }, who)).toEqual({
        ok: true,
        data: { id: applied._id, name: '王租房', idKind: 'passport', idNumber: number, phone: '+8613800000000' },
      });
    }
    const { data } = await db.collection('audit_logs').where({ action: 'support.reveal', 'target.id': applied._id }).limit(10).get();
    expect(data.map((e) => e.actor).sort()).toEqual(['demo-admin', 'demo-operator', 'operator-elsewhere']);
    expect(data[0]).toMatchObject({
      target: { collection: 'support_applications', id: applied._id },
      before: 'submitted',
      after: 'submitted',
      note: { fields: ['idNumber', 'phone'] },
    });
    expect(JSON.stringify(data)).not.toContain(number);
    // The applicant sees their own numbers in their export, not here; nobody else at all.
    for (const who of ['renter-d', 'demo-applicant', 'demo-employer'])
      expect((await support('revealSupport', { id: applied._id }, who)).error.code).toBe('FORBIDDEN');
    expect((await support('revealSupport', { id: 'sup-nothing-here' }, 'demo-operator')).error.code).toBe('NOT_FOUND');
  });

  it('asks for more (one question at a time); only the owner answers; the operator who asked is told', async () => {
    const asked = await staff('askForMore', { id, question: '请补充最近三个月的租金支付凭证' });
    expect(asked.data).toMatchObject({ status: 'more-asked', openQuestion: { text: '请补充最近三个月的租金支付凭证' } });
    expect(await messages('renter-b')).toContain('support_more_asked');
    expect((await staff('askForMore', { id, question: '再问一次' })).error.code).toBe('CONFLICT');
    expect((await support('answerSupport', { id, text: '已上传' }, 'nosy', { requestId: requestId() })).error.code).toBe('NOT_FOUND');
    const answer = await support(
      'answerSupport',
      { id, text: '已上传三个月的凭证', documents: rentApplication().documents.slice(2, 3) },
      'renter-b',
      { requestId: requestId() },
    );
    expect(answer.data).toMatchObject({
      status: 'submitted',
      openQuestion: null,
      answers: [{ question: '请补充最近三个月的租金支付凭证', text: '已上传三个月的凭证' }],
    });
    expect(answer.data.documents).toHaveLength(5);
    expect(await messages('demo-operator')).toContain('support_answered');
    expect((await support('answerSupport', { id, text: '再答一次' }, 'renter-b', { requestId: requestId() })).error.code).toBe('CONFLICT');
  });

  it('approves with core amount: the monthly schedule from this month with its re-check, the applicant told and shown it', async () => {
    const approved = await staff('approveSupport', { id });
    expect(approved.data).toMatchObject({
      status: 'approved',
      amount: { monthly: 1500, months: 24, total: 36_000 },
      decidedBy: 'demo-operator',
    });
    expect(approved.data.schedule).toHaveLength(24);
    expect(approved.data.schedule[0]).toEqual({ month: thisMonth(), amount: 1500, recheck: false });
    expect(approved.data.nextRecheck).toBe(addMonthsTo(thisMonth(), 12));
    expect((await staff('approveSupport', { id })).error.code).toBe('CONFLICT');
    expect((await staff('rejectSupport', { id, reason: '太晚了' })).error.code).toBe('CONFLICT');
    expect(await messages('renter-b')).toContain('support_approved');
    const mine = await support('mySupport', {}, 'renter-b');
    expect(mine.data.items).toHaveLength(1);
    expect(mine.data.items[0]).toMatchObject({ status: 'approved', nextRecheck: addMonthsTo(thisMonth(), 12) });
    expect(mine.data.items[0].schedule).toHaveLength(24);
    expect(JSON.stringify(mine.data)).not.toContain('demo-operator');
    const { data } = await db.collection('audit_logs').where({ 'target.id': id }).limit(10).get();
    expect(data.map((e) => e.action).sort()).toEqual(['support.approveSupport', 'support.askForMore']);
  });

  it('records a month paid once, at its amount; refuses a later month; a retry is answered the same', async () => {
    const rid = requestId();
    const pay = { id, month: thisMonth(), paidOn: today(), reference: '=SUM(A1)' };
    // A day paid not yet come (the year mistyped) is refused: the month stays unpaid, out of no period's list.
    const ahead = await staff('recordDisbursement', { ...pay, paidOn: inDays(365) });
    expect(ahead.error).toMatchObject({ code: 'CONFLICT', details: { reasons: [{ rule: 'paid-on' }] } });
    const paid = await support('recordDisbursement', pay, 'demo-operator', { requestId: rid });
    expect(paid.data.disbursements).toEqual([{ month: thisMonth(), amount: 1500, paidOn: today(), reference: '=SUM(A1)' }]);
    expect((await support('recordDisbursement', pay, 'demo-operator', { requestId: rid })).data.disbursements).toHaveLength(1);
    const twice = await staff('recordDisbursement', pay);
    expect(twice.error).toMatchObject({ code: 'CONFLICT', details: { reasons: [{ rule: 'already-paid' }] } });
    const later = await staff('recordDisbursement', { ...pay, month: addMonthsTo(thisMonth(), 1) });
    expect(later.error.details.reasons[0].rule).toBe('not-yet-due');
    expect((await support('mySupport', {}, 'renter-b')).data.items[0].disbursements).toHaveLength(1);
  });

  it('exports the disbursements paid in a period as CSV for the finance office, formula-safe, audited', async () => {
    const csv = await staff('disbursementsCsv', { from: today(), to: today() });
    expect(csv.data).toMatchObject({ filename: `support-disbursements-${today()}-${today()}.csv`, mimeType: 'text/csv', rows: 1 });
    expect(csv.data.content).toContain(`${today()},${id},王租房,租房资助,${thisMonth()},1500,'=SUM(A1)`);
    const demo = await staff('disbursementsCsv', { from: `${addMonthsTo(thisMonth(), -4)}-01`, to: today() });
    expect(demo.data.rows).toBe(3);
    expect((await staff('disbursementsCsv', { from: today(), to: `${addMonthsTo(thisMonth(), -1)}-01` })).error).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'to' }],
    });
    const { data } = await db.collection('audit_logs').where({ action: 'support.disbursementsCsv' }).limit(10).get();
    expect(data.length).toBeGreaterThanOrEqual(2);
  });

  it('rejects with the reason; the person may apply for that kind again', async () => {
    const first = await apply('renter-c');
    const rejected = await staff('rejectSupport', { id: first.data._id, reason: '劳动合同已到期' });
    expect(rejected.data).toMatchObject({ status: 'rejected', reason: '劳动合同已到期' });
    expect(await messages('renter-c')).toContain('support_rejected');
    expect((await apply('renter-c')).data.status).toBe('submitted');
  });

  it('approves the purchase subsidy as one entitlement this month', async () => {
    const applied = await apply('buyer-a', purchaseApplication());
    const approved = await staff('approveSupport', { id: applied.data._id }, 'demo-admin');
    expect(approved.data).toMatchObject({ amount: { monthly: null, months: 0, total: 200_000 }, nextRecheck: null });
    expect(approved.data.schedule).toEqual([{ month: thisMonth(), amount: 200_000, recheck: false }]);
    expect((await staff('recordRecheck', { id: applied.data._id, month: thisMonth(), passed: true })).error.code).toBe('CONFLICT');
  });
});

describe('the annual re-check', () => {
  /** Rent support approved `monthsAgo` months ago (young talent: 24 months, a re-check after 12). */
  async function approvedMonthsAgo(owner: string, monthsAgo: number) {
    const applied = await apply(owner, rentApplication());
    const firstMonth = addMonthsTo(thisMonth(), -monthsAgo);
    const schedule = rentSchedule({ policy: DEFAULT_SUPPORT_POLICY, category: 'young', monthlyRentPaid: 4200, firstMonth });
    await db
      .collection('support_applications')
      .doc(applied.data._id)
      .update({ status: 'approved', schedule, nextRecheck: addMonthsTo(firstMonth, 12), decidedBy: 'demo-operator' });
    return applied.data._id as string;
  }
  const run = async () => (await callFunction(cloud, 'scheduler', { action: 'run' }, 'demo-admin')).body.data.support;

  it('reminds the applicant and the operator in the re-check month, once; a passed re-check moves it a year on', async () => {
    const id = await approvedMonthsAgo('recheck-a', 12);
    expect(await run()).toEqual({ recheckReminded: 2, lapsed: 0 });
    expect(await run()).toEqual({ recheckReminded: 0, lapsed: 0 });
    expect(await messages('recheck-a')).toContain('support_recheck_due');
    const wrong = await staff('recordRecheck', { id, month: addMonthsTo(thisMonth(), 1), passed: true });
    expect(wrong.error.details.reasons[0].rule).toBe('recheck-not-due');
    // Paying the re-check month waits for the re-check.
    const early = await staff('recordDisbursement', { id, month: thisMonth(), paidOn: today(), reference: 'R' });
    expect(early.error.details.reasons[0].rule).toBe('recheck-pending');
    const passed = await staff('recordRecheck', { id, month: thisMonth(), passed: true, note: '在职、租房、无房' });
    expect(passed.data).toMatchObject({ status: 'approved', nextRecheck: null, rechecks: [{ month: thisMonth(), passed: true }] });
    expect((await staff('recordDisbursement', { id, month: thisMonth(), paidOn: today(), reference: 'R' })).ok).toBe(true);
  });

  it('a failed re-check stops the schedule at that month; the person may apply again', async () => {
    const id = await approvedMonthsAgo('recheck-b', 12);
    const failed = await staff('recordRecheck', { id, month: thisMonth(), passed: false, note: '已购房' });
    expect(failed.data).toMatchObject({ status: 'stopped', reason: '已购房' });
    expect(failed.data.schedule).toHaveLength(12);
    expect(await messages('recheck-b')).toContain('support_stopped');
    expect((await apply('recheck-b')).ok).toBe(true);
  });

  it('the scheduler lapses a schedule whose re-check month passed unrecorded', async () => {
    const id = await approvedMonthsAgo('recheck-c', 13);
    expect(await run()).toEqual({ recheckReminded: 0, lapsed: 1 });
    expect(await supportDoc(id)).toMatchObject({ status: 'stopped', nextRecheck: null });
    expect((await supportDoc(id)).schedule).toHaveLength(12);
    expect(await messages('recheck-c')).toContain('support_stopped');
    expect(await run()).toEqual({ recheckReminded: 0, lapsed: 0 });
  });
});

describe('races', () => {
  const codes = (replies: Array<{ ok: boolean; error?: { code: string } }>) => replies.map((r) => (r.ok ? 'ok' : r.error!.code)).sort();

  it('one person applying ten times at once for one kind: one application', async () => {
    const payload = rentApplication();
    const replies = await Promise.all(Array.from({ length: 10 }, () => apply('racer-a', payload)));
    expect(codes(replies)).toEqual([...Array(9).fill('NOT_ELIGIBLE'), 'ok']);
  });

  it('ten operators approving at once: one approval, one notice; ten recording one month: one disbursement', async () => {
    const id = (await apply('racer-b')).data._id;
    const decisions = await Promise.all(
      Array.from({ length: 10 }, (_, i) => staff('approveSupport', { id }, i % 2 ? 'demo-operator' : 'demo-admin')),
    );
    expect(codes(decisions)).toEqual([...Array(9).fill('CONFLICT'), 'ok']);
    expect(await messages('racer-b')).toEqual(['support_approved']);
    const pay = { id, month: thisMonth(), paidOn: today(), reference: 'RACE' };
    const paid = await Promise.all(Array.from({ length: 10 }, () => staff('recordDisbursement', pay)));
    expect(codes(paid)).toEqual([...Array(9).fill('CONFLICT'), 'ok']);
    const { data } = await db.collection('support_disbursements').where({ applicationId: id }).limit(20).get();
    expect(data).toHaveLength(1);
  });
});
