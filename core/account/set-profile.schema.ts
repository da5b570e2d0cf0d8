import * as z from 'zod';
import { LOCALES } from '../contract/locale';
import { text } from '../contract/text';
import { talentProfileSchema } from '../talent/profile';

export const setProfileInput = z
  .object({
    displayName: text({ max: 40 }).optional(),
    locale: z.enum(LOCALES).optional(),
    /**
     * What the policy matcher reads (core/talent/profile.ts), replaced as a whole: a field left out is cleared.
     * Personal data (a birth date): needs the current privacy policy accepted.
     */
    talent: talentProfileSchema.optional(),
  })
  .strict();
export type SetProfileInput = z.infer<typeof setProfileInput>;
