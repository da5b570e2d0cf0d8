import * as z from 'zod';
import { calendarDate, stationId } from '../stays/fields';

/** `workspaces.quote`: free seats per day from `startDate` for `days` days (at most 93). */
export const quoteSeatsInput = z.object({ stationId, startDate: calendarDate, days: z.number().int().min(1).max(93) }).strict();
