import * as z from 'zod';
import { calendarDate } from '../calendar/date-schema';
import { identityDocument } from '../documents';
import { APPLICATION_ID } from './ids';
import { text } from '../contract/text';

export { calendarDate };
export const stationId = z.string().regex(/^[a-z0-9-]{1,40}$/);
export const applicationId = z.string().regex(APPLICATION_ID);
/** Mainland mobile or an international number with its country code. */
export const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{5,19}$/);
/** A mainland mobile number: 11 digits from 1[3-9] (team members are reached in Shanghai). */
export const MAINLAND_MOBILE = /^1[3-9][0-9]{9}$/;
export const mainlandMobile = z.string().trim().regex(MAINLAND_MOBILE);

export const personInput = z
  .object({
    name: text({ max: 60 }),
    phone,
    identityDocument,
  })
  .strict();
export type PersonInput = z.infer<typeof personInput>;

export const byId = z.object({ id: applicationId }).strict();
