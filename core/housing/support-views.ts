import type { Locale } from '../contract/locale';
import { withoutSealed } from '../personal-data';
import { toCsv } from '../reports/csv';
import { SUPPORT_KIND_LABELS, supportAmount, supportChecklist, type SupportPolicy } from './support';
import type { SupportApplication, SupportDisbursement } from './support-records';

/** What the owner and the operators see: no identity hash, no sealed numbers, not who asked; months paid. */
export function toSupportView(app: SupportApplication, paid: readonly SupportDisbursement[]) {
  const { idHash: _hash, person, openQuestion, decidedBy: _by, version: _version, lastChange: _token, nextRecheck, ...rest } = app;
  return {
    ...rest,
    person: withoutSealed(person),
    openQuestion: openQuestion ? { text: openQuestion.text, askedAt: openQuestion.askedAt } : null,
    nextRecheck: app.status === 'approved' ? nextRecheck : null,
    disbursements: [...paid]
      .sort((a, b) => a.month.localeCompare(b.month))
      .map((d) => ({ month: d.month, amount: d.amount, paidOn: d.paidOn, reference: d.reference })),
  };
}

/** The operators' view: the materials checklist, and what approving would grant under `policy` now. */
export function toSupportStaffView(app: SupportApplication, paid: readonly SupportDisbursement[], policy: SupportPolicy) {
  return {
    ...toSupportView(app, paid),
    checklist: supportChecklist(app.kind, app.documents),
    computed: supportAmount({ policy, kind: app.kind, category: app.category, monthlyRentPaid: app.monthlyRentPaid }),
    decidedBy: app.decidedBy,
  };
}

export const toSupportListItem = (app: SupportApplication) => ({
  _id: app._id,
  kind: app.kind,
  name: app.person.name,
  category: app.category,
  employerName: app.employer.name,
  status: app.status,
  submittedAt: app.submittedAt,
  updatedAt: app.updatedAt,
});

const CSV_HEADERS: Record<Locale, string[]> = {
  'zh-CN': ['发放日期', '申请编号', '姓名', '类别', '资助月份', '金额（元）', '凭证号'],
  en: ['Paid on', 'Application', 'Name', 'Kind', 'Month', 'Amount (CNY)', 'Reference'],
};

/** The finance office's list of disbursements, oldest first, in the caller's language (formula-safe, BOM). */
export function disbursementsCsv(rows: readonly SupportDisbursement[], locale: Locale): string {
  const sorted = [...rows].sort((a, b) => a.paidOn.localeCompare(b.paidOn) || a._id.localeCompare(b._id));
  return toCsv([
    CSV_HEADERS[locale],
    ...sorted.map((d) => [d.paidOn, d.applicationId, d.name, SUPPORT_KIND_LABELS[d.kind][locale], d.month, d.amount, d.reference]),
  ]);
}
