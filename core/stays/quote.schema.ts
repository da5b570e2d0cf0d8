import * as z from 'zod';
import { calendarDate, stationId } from './fields';

/** `stays.quote`: free beds per night for `nights` nights from `checkIn` (at most 62 nights at once). */
export const quoteInput = z.object({ stationId, checkIn: calendarDate, nights: z.number().int().min(1).max(62) }).strict();
