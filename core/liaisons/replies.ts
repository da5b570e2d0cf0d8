import * as z from 'zod';

// Reply schemas of the liaisons actions (core/liaisons/api.ts).
const count = z.number().int().nonnegative();
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bilingual = z.object({ 'zh-CN': z.string(), en: z.string() }).strict();

/** What an import (or one `assign`) did, or would do: nothing is written when `errors` is not empty. */
export const importReply = z
  .object({
    applied: z.boolean(),
    added: count,
    moved: count,
    unchanged: count,
    errors: z.array(z.object({ line: count, reason: z.object({ rule: z.string(), message: bilingual }).strict() }).strict()),
  })
  .strict();

/** One of a liaison's talents, for their list ("8 周未联系"). */
export const talentItem = z
  .object({
    talentId: z.string(),
    displayName: z.string().nullable(),
    pairedOn: date,
    lastContactOn: date.nullable(),
    weeksSinceContact: count,
    contactDueOn: date,
    overdue: z.boolean(),
  })
  .strict();

/** A pair in force as the district admin's list shows it: the talent's line and who looks after them. */
export const pairItem = talentItem.extend({ liaisonId: z.string(), liaisonName: z.string().nullable() }).strict();

export const pairsReply = z.object({ items: z.array(pairItem), page: count, hasMore: z.boolean() }).strict();

export const myTalentsReply = z.object({ items: z.array(talentItem) }).strict();

/** One 走访记录. */
export const visitView = z
  .object({ id: z.string(), talentId: z.string(), on: date, topic: z.string(), followUp: z.string(), loggedAt: z.date() })
  .strict();

/** A talent's bookings and requests as their liaison sees them: what and when, no personal numbers. */
export const talentRecord = z
  .object({
    talent: talentItem,
    stays: z.array(z.object({ id: z.string(), stationId: z.string(), checkIn: date, nights: count, status: z.string() }).strict()),
    seats: z.array(z.object({ id: z.string(), stationId: z.string(), status: z.string(), submittedAt: z.date() }).strict()),
    requests: z.array(
      z
        .object({
          id: z.string(),
          category: z.string(),
          title: z.string(),
          status: z.string(),
          createdAt: z.date(),
          dueDate: date.nullable(),
        })
        .strict(),
    ),
    visits: z.array(visitView),
  })
  .strict();

/** The request a liaison filed for a talent, or a talent sent their liaison (`askMyLiaison`). */
export const filedReply = z.object({ requestId: z.string(), status: z.string(), talentId: z.string() }).strict();

export const myLiaisonReply = z
  .object({
    liaison: z
      .object({
        openId: z.string(),
        displayName: z.string().nullable(),
        unitId: z.string().nullable(),
        unitName: bilingual.nullable(),
        pairedOn: date,
      })
      .strict()
      .nullable(),
  })
  .strict();

/** core/liaisons/contact.ts `liaisonFigures`, with the period and the contact rule it was counted with. */
export const figuresReply = z
  .object({
    from: date,
    to: date,
    weeks: count,
    liaisons: count,
    talentsCovered: count,
    visits: count,
    requestsRaised: count,
    overdue: count,
  })
  .strict();
