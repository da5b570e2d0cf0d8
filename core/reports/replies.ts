import * as z from 'zod';
import { queueCursor } from '../review/queue-page';

// Reply schemas of the reports actions (core/reports/api.ts).
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().nonnegative();
const rate = z.number().nonnegative().nullable();
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();

/** `kpiRow` (core/kpi/report.ts): one unit's, or the district's, figures for a period; a rate is null over 0. */
export const kpiRowView = z
  .object({
    received: count,
    accepted: count,
    resolved: count,
    resolutionRate: rate,
    onTimeRate: rate,
    medianWorkingDaysToResolve: z.number().nonnegative().nullable(),
    returned: count,
    overdue: count,
    rated: count,
    satisfactionRate: rate,
  })
  .strict();

/** `reports.kpi`: the units ranked (ties share a rank), the district's totals and the volume per category. */
export const kpiTableReply = z
  .object({
    period: z.object({ from: date, to: date }).strict(),
    units: z.array(z.object({ unitId: z.string(), name: bilingual, kpi: kpiRowView, rank: z.number().int().positive() }).strict()),
    district: kpiRowView,
    byCategory: z.array(z.object({ category: z.string(), name: bilingual, received: count }).strict()),
    /** 人才公寓, per active building: occupancy of the period's unit-days, and days from application to offer. */
    housing: z.array(
      z
        .object({
          buildingId: z.string(),
          name: bilingual,
          units: count,
          occupancyRate: z.number().min(0).max(1),
          offers: count,
          waitMedianDays: z.number().nonnegative().nullable(),
          waitP90Days: z.number().nonnegative().nullable(),
        })
        .strict(),
    ),
  })
  .strict();

/** A CSV file to save: UTF-8 text (the first page with the BOM, so Excel shows the Chinese). */
export const csvFile = z.object({ filename: z.string(), mimeType: z.string(), content: z.string() }).strict();

/** One page of the requests CSV; `hasMore`: ask for the next page. */
export const requestsCsvPage = csvFile.extend({ hasMore: z.boolean() }).strict();

/** One page of the applications CSV; `nextCursor` continues it (null: the last page). */
export const applicationsCsvPage = csvFile.extend({ nextCursor: queueCursor.nullable() }).strict();
