import type { CalendarDate } from '../dates';
import { addMonths } from '../dates';
import { IDENTITY_KINDS, missingDocument, type DocumentFile, type DocumentRequirement } from '../documents';
import { reason, type Reason } from '../reasons';
import type { ApplicantType } from './model';
import type { StayPolicy } from '../stations/policy';

/** Universities are compared without case, spaces or punctuation, so "Univ. of X" typed twice matches itself. */
export const normaliseUniversity = (name: string): string => name.toLowerCase().replace(/[\s.,'’()（）-]/g, '');

export interface StayEligibilityInput {
  type: ApplicantType;
  today: CalendarDate;
  policy: StayPolicy;
  documents: readonly DocumentFile[];
  intendsToWorkInShanghai?: boolean;
  yearsAbroad?: number;
  university?: string;
  graduationDate?: CalendarDate;
  /** team-member: what the shell found for the seat application named, or null if none was named or found. */
  team?: { approved: boolean; personIsMember: boolean } | null;
  /** employer-guest: the caller holds the employer role (granted by an admin after verification). */
  callerIsVerifiedEmployer?: boolean;
}

const IDENTITY: DocumentRequirement = {
  rule: 'identity-document',
  kinds: IDENTITY_KINDS,
  message: { 'zh-CN': '请上传护照或身份证', en: 'Attach your passport or ID card' },
};
const WORK_PROOF: DocumentRequirement = {
  rule: 'work-proof',
  kinds: ['work-proof', 'offer-letter'],
  message: { 'zh-CN': '请上传海外工作证明或录用通知', en: 'Attach proof of your work abroad or an offer letter' },
};
const DEGREE: DocumentRequirement = {
  rule: 'degree-document',
  kinds: ['degree'],
  message: { 'zh-CN': '请上传学位证书或在读证明', en: 'Attach your degree certificate or proof of enrolment' },
};

/**
 * The one list of the documents each applicant type must attach: the stay form asks for these (one file of each
 * group) and eligibility refuses an application without them.
 */
export const REQUIRED_STAY_DOCUMENTS: Record<ApplicantType, readonly DocumentRequirement[]> = {
  'overseas-professional': [IDENTITY, WORK_PROOF],
  graduate: [IDENTITY, DEGREE],
  'team-member': [IDENTITY],
  'employer-guest': [IDENTITY],
};

/** The eligibility rules that are about documents (the form checks them on its documents step, not before). */
export const STAY_DOCUMENT_RULES: readonly string[] = [
  ...new Set(Object.values(REQUIRED_STAY_DOCUMENTS).flatMap((requirements) => requirements.map((r) => r.rule))),
];

const needsIdentity = (documents: readonly DocumentFile[]): Reason[] => missingDocument(IDENTITY, documents);

const needsShanghai = (intends: boolean | undefined): Reason[] =>
  intends === true
    ? []
    : [reason('work-in-shanghai', '该政策面向有意在上海工作的人才', 'This stay is for people who intend to work in Shanghai')];

function overseasProfessional(input: StayEligibilityInput): Reason[] {
  const { policy, yearsAbroad } = input;
  const reasons = [...needsShanghai(input.intendsToWorkInShanghai), ...needsIdentity(input.documents)];
  if (yearsAbroad === undefined || yearsAbroad < policy.minYearsAbroad) {
    reasons.push(
      reason(
        'years-abroad',
        `需在海外工作满 ${policy.minYearsAbroad} 年`,
        `At least ${policy.minYearsAbroad} years of work abroad are required`,
      ),
    );
  }
  reasons.push(...missingDocument(WORK_PROOF, input.documents));
  return reasons;
}

function graduate(input: StayEligibilityInput): Reason[] {
  const { policy, today, graduationDate, university } = input;
  const reasons = [...needsShanghai(input.intendsToWorkInShanghai), ...needsIdentity(input.documents)];
  const listed = policy.listedUniversities.map(normaliseUniversity);
  if (!university || !listed.includes(normaliseUniversity(university))) {
    reasons.push(
      reason('listed-university', '所在院校不在认定院校名单内', 'Your university is not on the list of recognised universities'),
    );
  }
  // Window of graduation dates, both ends included: graduated up to N months ago … graduating within M months.
  const earliest = addMonths(today, -policy.graduatedWithinMonths);
  const latest = addMonths(today, policy.graduatingWithinMonths);
  if (!graduationDate || graduationDate < earliest || graduationDate > latest) {
    reasons.push(
      reason(
        'graduation-window',
        `毕业时间需在 ${policy.graduatedWithinMonths} 个月内或将于 ${policy.graduatingWithinMonths} 个月内毕业`,
        `You must have graduated within ${policy.graduatedWithinMonths} months or graduate within ${policy.graduatingWithinMonths} months`,
      ),
    );
  }
  reasons.push(...missingDocument(DEGREE, input.documents));
  return reasons;
}

function teamMember(input: StayEligibilityInput): Reason[] {
  const reasons = needsIdentity(input.documents);
  if (!input.team?.approved) {
    reasons.push(reason('approved-team', '需有已获批的众创空间工位申请', 'Your team needs an approved co-working seat application'));
  } else if (!input.team.personIsMember) {
    reasons.push(reason('team-membership', '入住人不在该团队成员名单中', 'The guest is not listed as a member of that team'));
  }
  return reasons;
}

function employerGuest(input: StayEligibilityInput): Reason[] {
  const reasons = needsIdentity(input.documents);
  if (!input.callerIsVerifiedEmployer) {
    reasons.push(reason('verified-employer', '仅经认证的用人单位可为嘉宾预订', 'Only a verified employer can book for a guest'));
  }
  return reasons;
}

const RULES: Record<ApplicantType, (input: StayEligibilityInput) => Reason[]> = {
  'overseas-professional': overseasProfessional,
  graduate,
  'team-member': teamMember,
  'employer-guest': employerGuest,
};

/** Every eligibility rule the applicant fails, empty when eligible. */
export const stayEligibility = (input: StayEligibilityInput): Reason[] => RULES[input.type](input);
