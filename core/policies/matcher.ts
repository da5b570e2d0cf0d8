import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { reason, type Reason } from '../reasons';
import { DISTRICT_LABELS } from '../stations/labels';
import { DISTRICTS, type District } from '../stations/model';
import type { LocalizedText } from '../contract/locale';
import { DEGREE_LABELS, STARTUP_STAGE_LABELS, TALENT_CATEGORY_LABELS, degreeAtLeast } from '../talent/profile';
import type { Policy, PolicyCondition, TalentProfile } from './model';

dayjs.extend(utc);

export type ConditionResult = 'met' | 'unmet' | 'unknown';

/** Whole years of age on `today` (a birthday on `today` counts). */
export const ageOn = (birthDate: string, today: string): number => dayjs.utc(today).diff(dayjs.utc(birthDate), 'year');

const within = <T>(value: T | undefined, anyOf: readonly T[]): ConditionResult =>
  value === undefined ? 'unknown' : anyOf.includes(value) ? 'met' : 'unmet';

/** A district name with width, case, spaces and apostrophes ignored and its suffix (区, 新区, District, New Area) dropped. */
const bareDistrict = (written: string): string =>
  written
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s'’`-]+/g, '')
    .replace(/(新区|区|newarea|newdistrict|district)$/u, '');

/** Each Shanghai district's code, Chinese and English names (core/stations/labels.ts), bare, to its code. */
const KNOWN_DISTRICTS = new Map<string, District>(
  DISTRICTS.flatMap((code) => [code, DISTRICT_LABELS[code]['zh-CN'], DISTRICT_LABELS[code].en].map((name) => [bareDistrict(name), code])),
);

/**
 * A district as people write it, reduced to one key, so 浦东新区, 浦东, "Pudong New Area" and pudong are one district:
 * a Shanghai district's names share its code; any other name is compared bare.
 */
export const districtKey = (written: string): string => KNOWN_DISTRICTS.get(bareDistrict(written)) ?? bareDistrict(written);

/**
 * A district as each language names it: a Shanghai district, however written (浦东, Pudong New Area), by its labels
 * (core/stations/labels.ts), so an English reader sees "Pudong" where the admin typed 浦东新区; any other name as
 * written, in both languages.
 */
export const districtName = (written: string): LocalizedText => {
  const code = KNOWN_DISTRICTS.get(bareDistrict(written));
  return code ? DISTRICT_LABELS[code] : { 'zh-CN': written, en: written };
};

export function checkCondition(condition: PolicyCondition, profile: TalentProfile, today: string): ConditionResult {
  switch (condition.kind) {
    case 'talent-category':
      return within(profile.category, condition.anyOf);
    case 'max-age':
      if (!profile.birthDate) return 'unknown';
      // Policies say "不超过 N 周岁": a person aged exactly N still qualifies.
      return ageOn(profile.birthDate, today) <= condition.years ? 'met' : 'unmet';
    case 'min-degree':
      if (!profile.degree) return 'unknown';
      return degreeAtLeast(profile.degree, condition.degree) ? 'met' : 'unmet';
    case 'min-years-abroad':
      if (profile.yearsAbroad === undefined) return 'unknown';
      return profile.yearsAbroad >= condition.years ? 'met' : 'unmet';
    case 'employer-district':
      // Both sides are typed by people (the admin, the talent): 浦东 and Pudong are 浦东新区.
      return within(
        profile.employerDistrict === undefined ? undefined : districtKey(profile.employerDistrict),
        condition.anyOf.map(districtKey),
      );
    case 'startup-stage':
      return within(profile.startupStage, condition.anyOf);
  }
}

/** The sentence that says what a condition asks, for "almost applies: missing …". */
export function describeCondition(condition: PolicyCondition): Reason {
  switch (condition.kind) {
    case 'talent-category':
      return reason(
        condition.kind,
        `人才类别：${condition.anyOf.map((c) => TALENT_CATEGORY_LABELS[c]['zh-CN']).join('、')}`,
        `Talent category: ${condition.anyOf.map((c) => TALENT_CATEGORY_LABELS[c].en).join(', ')}`,
      );
    case 'max-age':
      return reason(condition.kind, `年龄不超过 ${condition.years} 周岁`, `Aged ${condition.years} or under`);
    case 'min-degree':
      return reason(
        condition.kind,
        `${DEGREE_LABELS[condition.degree]['zh-CN']}及以上学位`,
        `${DEGREE_LABELS[condition.degree].en} or higher`,
      );
    case 'min-years-abroad':
      return reason(
        condition.kind,
        `海外工作或学习满 ${condition.years} 年`,
        `At least ${condition.years} year${condition.years === 1 ? '' : 's'} abroad`,
      );
    case 'employer-district':
      return reason(
        condition.kind,
        `用人单位注册在：${condition.anyOf.map((d) => districtName(d)['zh-CN']).join('、')}`,
        `Employer registered in: ${condition.anyOf.map((d) => districtName(d).en).join(', ')}`,
      );
    case 'startup-stage':
      return reason(
        condition.kind,
        `创业阶段：${condition.anyOf.map((s) => STARTUP_STAGE_LABELS[s]['zh-CN']).join('、')}`,
        `Startup stage: ${condition.anyOf.map((s) => STARTUP_STAGE_LABELS[s].en).join(', ')}`,
      );
  }
}

export type MatchLevel = 'applies' | 'almost' | 'no';

export interface PolicyMatch {
  policy: Policy;
  level: MatchLevel;
  /** Conditions not met. */
  unmet: Reason[];
  /** Conditions the profile does not say enough about: completing it may turn `almost` into `applies`. */
  unknown: Reason[];
}

/** In force on `today`: from `validFrom` to `validTo`, both included. */
export const inForce = (policy: Policy, today: string): boolean =>
  policy.validFrom <= today && (policy.validTo === undefined || today <= policy.validTo);

/**
 * How each policy in force fits the person: `applies` when every condition is met; `almost` when at most one is
 * not met and at most two are short in all (not met, or not known from the profile); `no` otherwise. Sorted
 * applies, almost, no, then by title, so the list reads the same on every device.
 */
export function matchPolicies(input: { policies: readonly Policy[]; profile: TalentProfile; today: string }): PolicyMatch[] {
  const { policies, profile, today } = input;
  const order: Record<MatchLevel, number> = { applies: 0, almost: 1, no: 2 };
  return policies
    .filter((policy) => inForce(policy, today))
    .map((policy) => {
      const results = policy.conditions.map((c) => ({ condition: c, result: checkCondition(c, profile, today) }));
      const unmet = results.filter((r) => r.result === 'unmet').map((r) => describeCondition(r.condition));
      const unknown = results.filter((r) => r.result === 'unknown').map((r) => describeCondition(r.condition));
      const short = unmet.length + unknown.length;
      const level: MatchLevel = short === 0 ? 'applies' : unmet.length <= 1 && short <= 2 ? 'almost' : 'no';
      return { policy, level, unmet, unknown };
    })
    .sort((a, b) => order[a.level] - order[b.level] || a.policy.title['zh-CN'].localeCompare(b.policy.title['zh-CN'], 'zh-CN'));
}

const normalise = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Policies whose title, issuer, summary or topics hold every word of the query, in either language. */
export function searchPolicies(policies: readonly Policy[], query: string): Policy[] {
  const words = query.split(/\s+/).map(normalise).filter(Boolean);
  if (words.length === 0) return [...policies];
  return policies.filter((policy) => {
    const haystack = normalise(
      [
        policy.title['zh-CN'],
        policy.title.en,
        policy.issuer['zh-CN'],
        policy.issuer.en,
        policy.summary['zh-CN'],
        policy.summary.en,
        ...policy.topics,
      ].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
