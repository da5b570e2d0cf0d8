import * as z from 'zod';
import { addMonthsTo, type IsoMonth } from '../calendar/months';
import { hasDocument, type DocumentFile } from '../documents';
import { reason, type Reason } from '../reasons';
import { TALENT_CATEGORIES, TALENT_CATEGORY_LABELS, type TalentCategory } from '../talent/profile';

/** 租房资助 (monthly, for a number of months) and 购房补贴 (one-off). */
export const SUPPORT_KINDS = ['rent', 'purchase'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

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

/** Every rule an application for housing support fails; empty when it may go to review. */
export function supportEligibility(input: SupportEligibilityInput): Reason[] {
  const { policy, kind, category } = input;
  const reasons: Reason[] = [];
  if (input.hasActiveOfKind) {
    reasons.push(reason('one-per-kind', '您已有一份同类资助申请或资助', 'You already have an application or support of this kind'));
  }
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
