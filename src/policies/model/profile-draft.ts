import type { TalentProfile } from '@core/talent/profile';

/** The talent profile form as typed: every answer a string, '' for blank. */
export interface ProfileDraft {
  category: string;
  birthDate: string;
  degree: string;
  yearsAbroad: string;
  employerDistrict: string;
  startupStage: string;
}

export const draftOf = (profile: Partial<TalentProfile> = {}): ProfileDraft => ({
  category: profile.category ?? '',
  birthDate: profile.birthDate ?? '',
  degree: profile.degree ?? '',
  yearsAbroad: profile.yearsAbroad === undefined ? '' : String(profile.yearsAbroad),
  employerDistrict: profile.employerDistrict ?? '',
  startupStage: profile.startupStage ?? '',
});

/**
 * What the form sends: blank answers left out (the matcher then marks their conditions unknown, never failed), the
 * years as a number. The result is checked with core's `talentProfileSchema` before it is sent; a years answer that
 * is not a number stays `NaN`, which the schema refuses on its field.
 */
export function profileOf(draft: ProfileDraft): Record<string, string | number> {
  const profile: Record<string, string | number> = {};
  for (const key of ['category', 'birthDate', 'degree', 'employerDistrict', 'startupStage'] as const) {
    const value = draft[key].trim();
    if (value) profile[key] = value;
  }
  const years = draft.yearsAbroad.trim();
  if (years) profile.yearsAbroad = Number(years);
  return profile;
}
