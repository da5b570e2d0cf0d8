import * as z from 'zod';
import { talentProfileSchema } from '../talent/profile';
import { policySchema } from './model';

// Reply schemas of the policies actions (core/policies/api.ts).
const count = z.number().int().nonnegative();
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();

/** A policy as the catalogue shows it: the stored policy and whether it is withdrawn. */
export const policyView = policySchema.extend({ withdrawn: z.boolean(), updatedAt: z.date() }).strict();

export const policyList = z.object({ items: z.array(policyView) }).strict();

export const policyPage = z.object({ items: z.array(policyView), page: count, hasMore: z.boolean(), total: count }).strict();

const reasonView = z.object({ rule: z.string(), message: bilingual }).strict();

/** One policy as the matcher found it for the caller (core/policies/matcher.ts). */
export const policyMatchView = z
  .object({
    policy: policyView,
    level: z.enum(['applies', 'almost', 'no']),
    unmet: z.array(reasonView),
    unknown: z.array(reasonView),
  })
  .strict();

export const forMeReply = z
  .object({
    /** What the matcher read: the caller's talent profile (`account.setProfile`), empty when not given yet. */
    profile: talentProfileSchema,
    matches: z.array(policyMatchView),
  })
  .strict();

/** The 政策咨询 request `askAbout` opened. */
export const askAboutReply = z.object({ requestId: z.string(), status: z.string(), policyId: z.string() }).strict();
