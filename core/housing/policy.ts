import * as z from 'zod';
import { TALENT_CATEGORIES, DEGREES, type TalentCategory } from '../talent/profile';

const householdSize = z.number().int().min(1).max(10);

/**
 * A building's apartment rules (`apartment_buildings.policy`), edited by the district admin; anything missing
 * takes the defaults below. The schema is the form's and the function's (one contract).
 */
export const apartmentPolicySchema = z
  .object({
    /** Talent categories that may apply; empty means any. */
    eligibleCategories: z.array(z.enum(TALENT_CATEGORIES)).max(TALENT_CATEGORIES.length),
    /** Minimum degree, or `none` for no requirement. */
    minDegree: z.enum(DEGREES),
    requireSocialInsurance: z.boolean(),
    requireNoHomeInShanghai: z.boolean(),
    leaseMonths: z.number().int().min(1).max(36),
    /** No renewal may take the household's months in this building's apartments past this. */
    maxCumulativeMonths: z.number().int().min(1).max(120),
    /** Renewal may be asked for within this many days before the lease ends. */
    renewalWindowDays: z.number().int().min(1).max(180),
    /** Early termination: the last day is at least this many days after the notice. */
    noticeDays: z.number().int().min(0).max(90),
    /** Share of the listed rent the tenant pays, 0.5 = half. */
    rentShare: z.number().min(0).max(1),
    /** Working days the employer has to confirm employment before the application lapses. */
    employerConfirmWorkingDays: z.number().int().min(1).max(30),
    /** Working days an employer has, from the allocation, to name a tenant for a unit of its block before it is given back. */
    blockNameWorkingDays: z.number().int().min(1).max(30),
    /** Working days a named block tenant has to confirm before the unit is given back. */
    blockConfirmWorkingDays: z.number().int().min(1).max(30),
    /** Days the head of the list has to accept an offer. */
    offerDays: z.number().int().min(1).max(30),
    /** `move-down`: a declined offer puts the applicant at the end of their tier; `remove`: off the list. */
    onDecline: z.enum(['move-down', 'remove']),
    /** Declines after which the applicant is removed whatever `onDecline` says. */
    maxDeclines: z.number().int().min(1).max(10),
    /** When a unit frees up, offer it to the head of the list at once instead of waiting for the operator. */
    autoOffer: z.boolean(),
    /** Priority tiers, first = served first; a category not listed is in the last tier. */
    priorityTiers: z.array(z.array(z.enum(TALENT_CATEGORIES))).max(TALENT_CATEGORIES.length),
    /** Largest household each unit type houses. */
    maxHousehold: z.object({ studio: householdSize, 'one-room': householdSize, 'two-rooms': householdSize }).strict(),
  })
  .strict();
export type ApartmentPolicy = z.infer<typeof apartmentPolicySchema>;

export const DEFAULT_APARTMENT_POLICY: ApartmentPolicy = {
  eligibleCategories: [],
  minDegree: 'bachelor',
  requireSocialInsurance: true,
  requireNoHomeInShanghai: true,
  leaseMonths: 12,
  maxCumulativeMonths: 36,
  renewalWindowDays: 60,
  noticeDays: 30,
  rentShare: 0.7,
  employerConfirmWorkingDays: 5,
  blockNameWorkingDays: 10,
  blockConfirmWorkingDays: 5,
  offerDays: 3,
  onDecline: 'move-down',
  maxDeclines: 2,
  autoOffer: false,
  priorityTiers: [['leading', 'high-level'], ['shortage'], ['young', 'graduate']],
  maxHousehold: { studio: 1, 'one-room': 2, 'two-rooms': 4 },
};

export const resolveApartmentPolicy = (stored: Partial<ApartmentPolicy> | null | undefined): ApartmentPolicy => ({
  ...DEFAULT_APARTMENT_POLICY,
  ...(stored ?? {}),
  maxHousehold: { ...DEFAULT_APARTMENT_POLICY.maxHousehold, ...(stored?.maxHousehold ?? {}) },
});

/** 0 = first tier; a category in no tier is served after every tier. */
export const priorityTierOf = (policy: ApartmentPolicy, category: TalentCategory): number => {
  const index = policy.priorityTiers.findIndex((tier) => tier.includes(category));
  return index === -1 ? policy.priorityTiers.length : index;
};
