import { DEGREE_LABELS, STARTUP_STAGE_LABELS, TALENT_CATEGORY_LABELS, type TalentProfile } from '@core/talent/profile';
import type { Locale } from '@/i18n';
import { tpo } from '../i18n';

/** The profile's answers as short phrases in the UI language, labels from core (blank answers left out). */
export function profileSummary(profile: TalentProfile, locale: Locale): string[] {
  const parts: string[] = [];
  if (profile.category) parts.push(TALENT_CATEGORY_LABELS[profile.category][locale]);
  if (profile.degree) parts.push(DEGREE_LABELS[profile.degree][locale]);
  if (profile.birthDate) parts.push(profile.birthDate);
  if (profile.yearsAbroad !== undefined) parts.push(tpo('profile.summaryYears', { years: profile.yearsAbroad }, locale));
  if (profile.employerDistrict) parts.push(profile.employerDistrict);
  if (profile.startupStage) parts.push(STARTUP_STAGE_LABELS[profile.startupStage][locale]);
  return parts;
}
