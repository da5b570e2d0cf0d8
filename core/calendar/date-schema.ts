import * as z from 'zod';
import { isIsoDate } from './dates';

/**
 * A real day written `YYYY-MM-DD`: the one date field of every contract (a date of the pattern that is no day,
 * `2026-02-30`, is refused rather than rolled over to March). Apart from `dates.ts` so that the date arithmetic
 * stays free of zod.
 */
export const calendarDate = z.string().refine(isIsoDate, 'YYYY-MM-DD');
