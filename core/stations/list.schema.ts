import * as z from 'zod';
import { calendarDate } from '../calendar/date-schema';
import { DISTRICTS, STATION_OFFERS } from './model';

/** The longest span one list asks about: a 3-month seat booking (92 days) plus a day. */
export const MAX_FREE_DAYS = 93;

/**
 * `stations.list`: the network's active stations in a district and offering something (both optional), and — with
 * `free` — the beds or seats each has free on every date from `from`: `days` nights of a stay (the check-out day not
 * counted) or `days` days of seat use. One query for the stations, one for all their counters.
 */
export const listInput = z
  .object({
    district: z.enum(DISTRICTS).optional(),
    offer: z.enum(STATION_OFFERS).optional(),
    free: z
      .object({
        kind: z.enum(['stay', 'seats']),
        from: calendarDate,
        days: z.number().int().min(1).max(MAX_FREE_DAYS),
        need: z.number().int().min(1).max(10).default(1),
        availableOnly: z.boolean().default(false),
      })
      .strict()
      .optional(),
  })
  .strict()
  .default({});
export type ListInput = z.input<typeof listInput>;
