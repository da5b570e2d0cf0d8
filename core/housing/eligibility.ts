import { hasDocument, type DocumentFile } from '../documents';
import { reason, type Reason } from '../reasons';
import { DEGREE_LABELS, TALENT_CATEGORY_LABELS, degreeAtLeast, type Degree, type TalentCategory } from '../talent/profile';
import type { UnitType } from './model';
import type { ApartmentPolicy } from './policy';

export interface ApartmentEligibilityInput {
  policy: ApartmentPolicy;
  category: TalentCategory;
  degree: Degree;
  /** The shell looked the employer's unified social credit code up in the district's register. */
  employerInDistrict: boolean;
  /** Declared by the applicant; the record itself is one of `documents`. */
  socialInsuranceInShanghai: boolean;
  ownsHomeInShanghai: boolean;
  documents: readonly DocumentFile[];
  unitType: UnitType;
  /** People moving in, the applicant included. */
  householdSize: number;
  /** The household (by any member's identity) already has an active application or lease. */
  householdHasActive: boolean;
  /** The building lists the unit type (has a rent for it); absent: taken as listed. */
  buildingHasUnitType?: boolean;
}

const categoryNames = (categories: readonly TalentCategory[]) => ({
  zh: categories.map((c) => TALENT_CATEGORY_LABELS[c]['zh-CN']).join('、'),
  en: categories.map((c) => TALENT_CATEGORY_LABELS[c].en).join(', '),
});

/** "One active application or lease per household": also what the shell answers when it loses the claim race. */
export const ONE_PER_HOUSEHOLD = reason(
  'one-per-household',
  '每户仅可有一份有效的公寓申请或租约',
  'A household may hold one apartment application or lease',
);

/** Every apartment rule the applicant fails, in the order the form asks; empty when eligible. */
export function apartmentEligibility(input: ApartmentEligibilityInput): Reason[] {
  const { policy, documents } = input;
  const reasons: Reason[] = [];
  if (input.householdHasActive) {
    reasons.push(ONE_PER_HOUSEHOLD);
  }
  if (!input.employerInDistrict) {
    reasons.push(
      reason('employer-in-district', '用人单位须为本区注册企业（统一社会信用代码）', 'Your employer must be registered in the district'),
    );
  }
  if (!hasDocument(documents, ['labour-contract'])) {
    reasons.push(reason('labour-contract', '请上传劳动合同', 'Attach your labour contract'));
  }
  if (policy.requireSocialInsurance && (!input.socialInsuranceInShanghai || !hasDocument(documents, ['social-insurance-record']))) {
    reasons.push(
      reason('social-insurance', '须在上海缴纳社会保险，并上传缴纳记录', 'Social insurance must be paid in Shanghai; attach the record'),
    );
  }
  if (policy.requireNoHomeInShanghai && (input.ownsHomeInShanghai || !hasDocument(documents, ['no-home-declaration']))) {
    reasons.push(reason('no-home', '须在上海无自有住房，并上传无房声明', 'You must own no home in Shanghai; attach the declaration'));
  }
  if (policy.eligibleCategories.length > 0 && !policy.eligibleCategories.includes(input.category)) {
    const names = categoryNames(policy.eligibleCategories);
    reasons.push(reason('talent-category', `本公寓面向：${names.zh}`, `This building is for: ${names.en}`));
  }
  if (!degreeAtLeast(input.degree, policy.minDegree)) {
    const label = DEGREE_LABELS[policy.minDegree];
    reasons.push(reason('degree', `须具有${label['zh-CN']}及以上学位`, `Degree required: ${label.en} or higher`));
  }
  if (input.buildingHasUnitType === false) {
    reasons.push(reason('unit-type', '该公寓没有此户型', 'This building has no units of that type'));
  }
  const largest = policy.maxHousehold[input.unitType];
  if (input.householdSize > largest) {
    reasons.push(reason('household-size', `该户型最多入住 ${largest} 人`, `This unit type houses at most ${largest} people`));
  }
  return reasons;
}
