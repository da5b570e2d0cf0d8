import * as z from 'zod';
import { LOCALES } from '../contract/locale';
import { text } from '../contract/text';

export const setProfileInput = z
  .object({
    displayName: text({ max: 40 }).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export type SetProfileInput = z.infer<typeof setProfileInput>;
