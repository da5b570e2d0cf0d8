import * as z from 'zod';
import { text } from '../contract/text';
import { DEGREES, STARTUP_STAGES, TALENT_CATEGORIES } from '../talent/profile';
import { calendarDate } from '../calendar/date-schema';

export { STARTUP_STAGES, type StartupStage, type TalentProfile } from '../talent/profile';

const bilingual = (max: number) => z.object({ 'zh-CN': text({ max, min: 1 }), en: text({ max, min: 1 }) }).strict();

/** One machine-checkable condition of a policy; each kind reads one field of the person's profile. */
export const policyConditionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('talent-category'), anyOf: z.array(z.enum(TALENT_CATEGORIES)).min(1) }).strict(),
  z.object({ kind: z.literal('max-age'), years: z.number().int().min(16).max(100) }).strict(),
  z.object({ kind: z.literal('min-degree'), degree: z.enum(DEGREES) }).strict(),
  z.object({ kind: z.literal('min-years-abroad'), years: z.number().min(0).max(50) }).strict(),
  z.object({ kind: z.literal('employer-district'), anyOf: z.array(text({ max: 20, min: 1 })).min(1) }).strict(),
  z.object({ kind: z.literal('startup-stage'), anyOf: z.array(z.enum(STARTUP_STAGES)).min(1) }).strict(),
]);
export type PolicyCondition = z.infer<typeof policyConditionSchema>;

/** A policy of the catalogue (`policies`), edited by the district admin. */
export const policySchema = z
  .object({
    _id: z.string().min(1).max(64),
    title: bilingual(120),
    issuer: bilingual(80),
    summary: bilingual(600),
    /** Full text, or a link to it. */
    body: bilingual(20_000).optional(),
    url: z.string().url().max(500).optional(),
    topics: z.array(text({ max: 20, min: 1 })).max(8),
    validFrom: calendarDate,
    /** Last day the policy applies (included); none = until withdrawn. */
    validTo: calendarDate.optional(),
    conditions: z.array(policyConditionSchema).max(10),
  })
  .strict();
export type Policy = z.infer<typeof policySchema>;

/** The request category a question about a policy is filed in (`policies.askAbout`): 政策咨询. */
export const POLICY_REQUEST_CATEGORY = 'policy';
