import * as z from 'zod';
import { LOCALES } from '../contract/locale';

export const setProfileInput = z
  .object({
    displayName: z.string().trim().min(1).max(40).optional(),
    locale: z.enum(LOCALES).optional(),
  })
  .strict();
export type SetProfileInput = z.infer<typeof setProfileInput>;
