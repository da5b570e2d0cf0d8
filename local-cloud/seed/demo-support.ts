import { addMonthsTo, monthOfDate } from '../../core/calendar/months';
import { shanghaiDate } from '../../core/dates';
import { DEFAULT_SUPPORT_POLICY, pendingRechecks, supportAmount, supportSchedule } from '../../core/housing/support';
import type { SupportApplication, SupportDisbursement } from '../../core/housing/support-records';
import type { Sealed } from '../../core/personal-data';
import { DEMO_EMPLOYER_CREDIT_CODE } from './demo-housing';

/** The seed holds no sealed numbers (no key at seed time): the masked forms are what every view shows. */
const NO_SEAL = null as unknown as { phone: Sealed; idNumber: Sealed };
const file = (kind: SupportApplication['documents'][number]['kind']) => ({
  kind,
  fileId: `cloud://local-env.bucket/demo/${kind}.pdf`,
  type: 'pdf' as const,
  size: 4096,
});

/**
 * Housing support (租房资助, 购房补贴): 周青年's rent support approved three months ago by the demo operator, with
 * its monthly schedule and the first two months paid; 刘博士's purchase subsidy waiting in the operators' queue.
 * Dated from `now`, so the queue and the schedule look the same whenever the demo starts.
 */
export function demoSupport(now: Date): { applications: SupportApplication[]; disbursements: SupportDisbursement[] } {
  const today = shanghaiDate(now);
  const firstMonth = addMonthsTo(monthOfDate(today), -3);
  const approvedAt = new Date(`${firstMonth}-05T02:00:00Z`);
  const base = {
    employer: { creditCode: DEMO_EMPLOYER_CREDIT_CODE, name: '示例科技有限公司' },
    declarations: { ownsHomeInShanghai: false },
    openQuestion: null,
    answers: [],
    rechecks: [],
    reason: null,
    version: 1,
  };
  const rentFacts = { policy: DEFAULT_SUPPORT_POLICY, kind: 'rent' as const, category: 'young' as const, monthlyRentPaid: 4200 };
  const schedule = supportSchedule({ ...rentFacts, firstMonth });
  const rent: SupportApplication = {
    ...base,
    _id: 'sup-demo-rent-zhou',
    kind: 'rent',
    ownerId: 'demo-talent-zhou',
    person: { name: '周青年', phoneMasked: '138****0002', idKind: 'id-card', idMasked: '3101**********002X', sealed: NO_SEAL },
    idHash: 'demo-support-zhou',
    category: 'young',
    monthlyRentPaid: 4200,
    documents: [file('labour-contract'), file('social-insurance-record'), file('rent-contract'), file('no-home-declaration')],
    status: 'approved',
    amount: supportAmount(rentFacts),
    schedule,
    nextRecheck: pendingRechecks(schedule, [])[0] ?? null,
    decidedBy: 'demo-operator',
    submittedAt: new Date(approvedAt.getTime() - 6 * 86_400_000),
    decidedAt: approvedAt,
    updatedAt: approvedAt,
  };
  const purchase: SupportApplication = {
    ...base,
    _id: 'sup-demo-purchase-liu',
    kind: 'purchase',
    ownerId: 'demo-talent-liu',
    person: { name: '刘博士', phoneMasked: '138****0001', idKind: 'id-card', idMasked: '3101**********001X', sealed: NO_SEAL },
    idHash: 'demo-support-liu',
    category: 'high-level',
    monthlyRentPaid: null,
    documents: [file('labour-contract'), file('social-insurance-record'), file('purchase-contract')],
    status: 'submitted',
    amount: null,
    schedule: [],
    nextRecheck: null,
    decidedBy: null,
    submittedAt: new Date(now.getTime() - 2 * 86_400_000),
    decidedAt: null,
    updatedAt: new Date(now.getTime() - 2 * 86_400_000),
    version: 0,
  };
  const disbursements = schedule.slice(0, 2).map((e, i): SupportDisbursement => ({
    _id: `${rent._id}:${e.month}`,
    applicationId: rent._id,
    ownerId: rent.ownerId,
    kind: 'rent',
    name: rent.person.name,
    month: e.month,
    amount: e.amount,
    paidOn: `${e.month}-15`,
    reference: `DEMO-${i + 1}`,
    recordedBy: 'demo-operator',
    recordedAt: new Date(`${e.month}-15T02:00:00Z`),
  }));
  return { applications: [rent, purchase], disbursements };
}

/** The claims the seeded applications hold (one per person and kind). */
export const demoSupportClaims = (apps: readonly SupportApplication[]) =>
  apps.map((a) => ({ _id: `${a.kind}:${a.idHash}`, applicationId: a._id, at: a.submittedAt }));
