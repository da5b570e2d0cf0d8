import * as z from 'zod';
import { addMonthsTo, type IsoMonth } from '../calendar/months';
import type { LocalizedText } from '../contract/locale';
import { hasDocument, type DocumentFile } from '../documents';
import { reason, type Reason } from '../reasons';
import { TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, type TalentCategory } from '../talent/profile';

/** 租房资助 (monthly, for a number of months) and 购房补贴 (one-off). */
export const SUPPORT_KINDS = ['rent', 'purchase'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const SUPPORT_KIND_LABELS: Record<SupportKind, LocalizedText> = {
  rent: { 'zh-CN': '租房资助', en: 'Rent support' },
  purchase: { 'zh-CN': '购房补贴', en: 'Purchase subsidy' },
};

const yuan = z.number().int().min(0).max(10_000_000);

/** One tier of the district's housing support (data an admin edits): per category, amounts in whole yuan. */
export const supportTierSchema = z
  .object({
    category: z.enum(TALENT_CATEGORIES),
    /** Rent support per month, never more than the rent actually paid. */
    monthlyRent: yuan,
    /** Months of rent support in all. */
    rentMonths: z.number().int().min(0).max(120),
    /** One-off purchase subsidy; 0 = none for this category. */
    purchase: yuan,
  })
  .strict();
export type SupportTier = z.infer<typeof supportTierSchema>;

export const supportPolicySchema = z
  .object({
    tiers: z.array(supportTierSchema).max(TALENT_CATEGORIES.length),
    /** Rent support is re-checked every this many months (still employed here, still renting, still no home). */
    recheckEveryMonths: z.number().int().min(1).max(24),
  })
  .strict();
export type SupportPolicy = z.infer<typeof supportPolicySchema>;

export const DEFAULT_SUPPORT_POLICY: SupportPolicy = {
  tiers: [
    { category: 'leading', monthlyRent: 5000, rentMonths: 36, purchase: 500_000 },
    { category: 'high-level', monthlyRent: 3000, rentMonths: 36, purchase: 200_000 },
    { category: 'shortage', monthlyRent: 2000, rentMonths: 24, purchase: 100_000 },
    { category: 'young', monthlyRent: 1500, rentMonths: 24, purchase: 0 },
    { category: 'graduate', monthlyRent: 1000, rentMonths: 12, purchase: 0 },
  ],
  recheckEveryMonths: 12,
};

/** The documents each kind of support asks for; the operator's checklist and the form both read this. */
export const SUPPORT_DOCUMENTS: Record<SupportKind, readonly DocumentFile['kind'][]> = {
  rent: ['labour-contract', 'social-insurance-record', 'rent-contract', 'no-home-declaration'],
  purchase: ['labour-contract', 'social-insurance-record', 'purchase-contract'],
};

export interface SupportEligibilityInput {
  policy: SupportPolicy;
  kind: SupportKind;
  category: TalentCategory;
  employerInDistrict: boolean;
  ownsHomeInShanghai: boolean;
  documents: readonly DocumentFile[];
  /** The person already holds or asked for this kind of support. */
  hasActiveOfKind: boolean;
}

const DOCUMENT_REASONS: Record<string, [string, string]> = {
  'labour-contract': ['请上传劳动合同', 'Attach your labour contract'],
  'social-insurance-record': ['请上传上海社会保险缴纳记录', 'Attach your Shanghai social insurance record'],
  'rent-contract': ['请上传租房合同', 'Attach your rent contract'],
  'no-home-declaration': ['请上传无房声明', 'Attach the declaration that you own no home in Shanghai'],
  'purchase-contract': ['请上传购房合同', 'Attach your purchase contract'],
};

export const tierOf = (policy: SupportPolicy, category: TalentCategory): SupportTier | undefined =>
  policy.tiers.find((t) => t.category === category);

/** One application or support of each kind per person (the shell's claim on the identity decides it atomically). */
export const ONE_PER_KIND: Reason = reason(
  'one-per-kind',
  '您已有一份同类资助申请或资助',
  'You already have an application or support of this kind',
);

/** Every rule an application for housing support fails; empty when it may go to review. */
export function supportEligibility(input: SupportEligibilityInput): Reason[] {
  const { policy, kind, category } = input;
  const reasons: Reason[] = [];
  if (input.hasActiveOfKind) reasons.push(ONE_PER_KIND);
  if (!input.employerInDistrict) {
    reasons.push(reason('employer-in-district', '用人单位须为本区注册企业', 'Your employer must be registered in the district'));
  }
  if (kind === 'rent' && input.ownsHomeInShanghai) {
    reasons.push(reason('no-home', '租房资助面向在上海无自有住房的人才', 'Rent support is for talents who own no home in Shanghai'));
  }
  const tier = tierOf(policy, category);
  const amount = kind === 'rent' ? (tier?.monthlyRent ?? 0) * (tier?.rentMonths ?? 0) : (tier?.purchase ?? 0);
  if (amount === 0) {
    const label = TALENT_CATEGORY_LABELS[category];
    reasons.push(
      reason(
        'support-tier',
        `${label['zh-CN']}不在${kind === 'rent' ? '租房资助' : '购房补贴'}范围内`,
        `${label.en}: no ${kind === 'rent' ? 'rent support' : 'purchase subsidy'} in the policy`,
      ),
    );
  }
  for (const kindOfDocument of SUPPORT_DOCUMENTS[kind]) {
    if (!hasDocument(input.documents, [kindOfDocument])) {
      const [zh, en] = DOCUMENT_REASONS[kindOfDocument];
      reasons.push(reason(`document-${kindOfDocument}`, zh, en));
    }
  }
  return reasons;
}

/** One month of approved rent support; `recheck` marks the month whose payment waits for the annual re-check. */
export interface Entitlement {
  month: IsoMonth;
  amount: number;
  recheck: boolean;
}

/**
 * The monthly schedule of approved rent support from `firstMonth`: the tier's amount, never above the rent paid,
 * for the tier's months; every `recheckEveryMonths`-th month after the first starts a new year and needs a re-check.
 */
export function rentSchedule(input: {
  policy: SupportPolicy;
  category: TalentCategory;
  monthlyRentPaid: number;
  firstMonth: IsoMonth;
}): Entitlement[] {
  const { policy, category, monthlyRentPaid, firstMonth } = input;
  const tier = tierOf(policy, category);
  if (!tier) return [];
  const amount = Math.min(tier.monthlyRent, monthlyRentPaid);
  return Array.from({ length: tier.rentMonths }, (_, i) => ({
    month: addMonthsTo(firstMonth, i),
    amount,
    recheck: i > 0 && i % policy.recheckEveryMonths === 0,
  }));
}

/** A failed re-check stops the schedule: the months from the re-check month on are dropped. */
export const stopAtRecheck = (schedule: readonly Entitlement[], failedMonth: IsoMonth): Entitlement[] =>
  schedule.filter((e) => e.month < failedMonth);

/** The one-off purchase subsidy of the category, 0 when none. */
export const purchaseSubsidy = (policy: SupportPolicy, category: TalentCategory): number => tierOf(policy, category)?.purchase ?? 0;

/** What an application for support amounts to under the policy: per month and for how long (rent), or once. */
export interface SupportAmount {
  /** Per month (rent), never above the rent paid; null for the one-off purchase subsidy. */
  monthly: number | null;
  months: number;
  total: number;
}

export function supportAmount(input: {
  policy: SupportPolicy;
  kind: SupportKind;
  category: TalentCategory;
  monthlyRentPaid: number | null;
}): SupportAmount {
  const { policy, kind, category } = input;
  if (kind === 'purchase') {
    const total = purchaseSubsidy(policy, category);
    return { monthly: null, months: 0, total };
  }
  const tier = tierOf(policy, category);
  const monthly = Math.min(tier?.monthlyRent ?? 0, input.monthlyRentPaid ?? 0);
  const months = tier?.rentMonths ?? 0;
  return { monthly, months, total: monthly * months };
}

/**
 * What approval writes: rent support as its monthly schedule from `firstMonth`; the purchase subsidy as one
 * entitlement in `firstMonth`. Empty when the policy gives nothing (approval is then refused).
 */
export function supportSchedule(input: {
  policy: SupportPolicy;
  kind: SupportKind;
  category: TalentCategory;
  monthlyRentPaid: number | null;
  firstMonth: IsoMonth;
}): Entitlement[] {
  if (input.kind === 'rent') return rentSchedule({ ...input, monthlyRentPaid: input.monthlyRentPaid ?? 0 });
  const amount = purchaseSubsidy(input.policy, input.category);
  return amount > 0 ? [{ month: input.firstMonth, amount, recheck: false }] : [];
}

/** The operator's materials checklist: each document the kind asks for, and how many files of it are attached. */
export const supportChecklist = (kind: SupportKind, documents: readonly DocumentFile[]) =>
  SUPPORT_DOCUMENTS[kind].map((k) => ({ kind: k, files: documents.filter((d) => d.kind === k).length }));

/** A re-check recorded by the operator: still employed here, still renting, still no home. */
export interface Recheck {
  month: IsoMonth;
  passed: boolean;
  note: string;
  on: string;
}

/** The schedule's re-check months not yet recorded, oldest first. */
export const pendingRechecks = (schedule: readonly Entitlement[], rechecks: readonly Pick<Recheck, 'month'>[]): IsoMonth[] =>
  schedule.filter((e) => e.recheck && !rechecks.some((r) => r.month === e.month)).map((e) => e.month);

/**
 * What the scheduler does with an approved schedule in `today`'s month: remind from the first day of the month
 * before a re-check month; once the re-check month has ended with no re-check recorded, the schedule lapses from
 * that month (the months before it stay due). Null when nothing is due.
 */
export function recheckStep(input: {
  schedule: readonly Entitlement[];
  rechecks: readonly Pick<Recheck, 'month'>[];
  today: string;
}): { kind: 'remind' | 'lapse'; month: IsoMonth } | null {
  const next = pendingRechecks(input.schedule, input.rechecks)[0];
  if (!next) return null;
  const thisMonth = input.today.slice(0, 7);
  if (thisMonth > next) return { kind: 'lapse', month: next };
  if (thisMonth >= addMonthsTo(next, -1)) return { kind: 'remind', month: next };
  return null;
}

/** Recording a re-check: only the first one pending (they come in order); a failed one stops the schedule there. */
export function applyRecheck(input: {
  schedule: readonly Entitlement[];
  rechecks: readonly Recheck[];
  recheck: Recheck;
}): { schedule: Entitlement[]; rechecks: Recheck[]; stopped: boolean } | Reason {
  const next = pendingRechecks(input.schedule, input.rechecks)[0];
  if (next !== input.recheck.month) {
    return reason(
      'recheck-not-due',
      next ? `下一次复核为 ${next}` : '该资助没有待复核的月份',
      next ? `The next re-check is for ${next}` : 'This support has no re-check pending',
    );
  }
  const rechecks = [...input.rechecks, input.recheck];
  if (input.recheck.passed) return { schedule: [...input.schedule], rechecks, stopped: false };
  return { schedule: stopAtRecheck(input.schedule, input.recheck.month), rechecks, stopped: true };
}

/**
 * Why a month of the schedule may not be recorded as paid on `paidOn`, or null when it may: it must be in the
 * schedule, not in the future, not paid already, every re-check up to it must have passed, and the day paid must
 * lie between the approval and today (both included): a payment is recorded once made, and never precedes the
 * decision (a mistyped year would also take it out of the finance office's list of its period).
 */
export function disbursementProblem(input: {
  schedule: readonly Entitlement[];
  rechecks: readonly Recheck[];
  paidMonths: readonly IsoMonth[];
  month: IsoMonth;
  today: string;
  paidOn: string;
  /** The Shanghai day the support was approved. */
  approvedOn: string;
}): Reason | null {
  const { month } = input;
  if (!input.schedule.some((e) => e.month === month)) {
    return reason('not-in-schedule', `${month} 不在资助计划内`, `${month} is not in the schedule`);
  }
  if (month > input.today.slice(0, 7)) return reason('not-yet-due', `${month} 尚未到期`, `${month} is not due yet`);
  if (input.paidMonths.includes(month)) return reason('already-paid', `${month} 已记录发放`, `${month} is recorded as paid already`);
  const unchecked = input.schedule.find(
    (e) => e.recheck && e.month <= month && !input.rechecks.some((r) => r.month === e.month && r.passed),
  );
  if (unchecked) {
    return reason('recheck-pending', `请先完成 ${unchecked.month} 的年度复核`, `Record the re-check of ${unchecked.month} first`);
  }
  if (input.paidOn > input.today || input.paidOn < input.approvedOn) {
    return reason(
      'paid-on',
      `发放日期须在批准日 ${input.approvedOn} 至今天之间`,
      `The day paid must be from the approval (${input.approvedOn}) to today`,
    );
  }
  return null;
}
