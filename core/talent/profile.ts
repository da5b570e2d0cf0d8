import * as z from 'zod';
import { calendarDate } from '../calendar/date-schema';
import type { LocalizedText } from '../contract/locale';
import { text } from '../contract/text';

/**
 * The district's talent categories, highest first. Housing priority, support tiers and policy conditions are
 * written against these keys; the labels are the only place their wording lives.
 */
export const TALENT_CATEGORIES = ['leading', 'high-level', 'shortage', 'young', 'graduate'] as const;
export type TalentCategory = (typeof TALENT_CATEGORIES)[number];

export const TALENT_CATEGORY_LABELS: Record<TalentCategory, LocalizedText> = {
  leading: { 'zh-CN': '领军人才', en: 'Leading talent' },
  'high-level': { 'zh-CN': '高层次人才', en: 'High-level talent' },
  shortage: { 'zh-CN': '紧缺急需人才', en: 'Talent in short supply' },
  young: { 'zh-CN': '青年人才', en: 'Young talent' },
  graduate: { 'zh-CN': '高校毕业生', en: 'University graduate' },
};

/** Highest degree held, lowest first: a policy's minimum is met by the same or a later entry. */
export const DEGREES = ['none', 'bachelor', 'master', 'doctor'] as const;
export type Degree = (typeof DEGREES)[number];

export const DEGREE_LABELS: Record<Degree, LocalizedText> = {
  none: { 'zh-CN': '无学位', en: 'No degree' },
  bachelor: { 'zh-CN': '学士', en: "Bachelor's" },
  master: { 'zh-CN': '硕士', en: "Master's" },
  doctor: { 'zh-CN': '博士', en: 'Doctorate' },
};

export const degreeAtLeast = (held: Degree, minimum: Degree): boolean => DEGREES.indexOf(held) >= DEGREES.indexOf(minimum);

/** Stages of a startup a policy may be written for. */
export const STARTUP_STAGES = ['idea', 'seed', 'early', 'growth'] as const;
export type StartupStage = (typeof STARTUP_STAGES)[number];

export const STARTUP_STAGE_LABELS: Record<StartupStage, LocalizedText> = {
  idea: { 'zh-CN': '创意阶段', en: 'Idea' },
  seed: { 'zh-CN': '种子期', en: 'Seed' },
  early: { 'zh-CN': '初创期', en: 'Early stage' },
  growth: { 'zh-CN': '成长期', en: 'Growth' },
};

/**
 * What the person says of themselves for the policy matcher (`users.talent`, set by `account.setProfile`). Every
 * field is optional: one left out makes the conditions that read it "unknown", never "failed".
 */
export const talentProfileSchema = z
  .object({
    category: z.enum(TALENT_CATEGORIES).optional(),
    birthDate: calendarDate.optional(),
    degree: z.enum(DEGREES).optional(),
    yearsAbroad: z.number().min(0).max(50).optional(),
    /** District of the employer's registration, as the admin writes districts (e.g. 浦东新区). */
    employerDistrict: text({ max: 20, min: 1 }).optional(),
    startupStage: z.enum(STARTUP_STAGES).optional(),
  })
  .strict();
export type TalentProfile = z.infer<typeof talentProfileSchema>;
