import { adminApi } from '../../../core/admin/api';
import { defineAction } from '../../../core/contract';
import { recountDeadline } from '../../../core/admin';
import { OPEN_FOR_UNIT, type ServiceRequest } from '../../../core/requests';
import { recordAudit } from '../../_shared/audit';
import { loadCalendars } from '../../_shared/calendars';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/** The years loaded, with their counts, and how many open requests still have a provisional deadline. */
export const calendars = defineAction<ActionContext>()({
  ...adminApi.calendars,
  roles: ['admin'],
  async handler(_input, ctx) {
    const _ = ctx.db.command;
    const [{ data }, provisional] = await Promise.all([
      ctx.db.collection(COLLECTIONS.calendars).limit(100).get(),
      ctx.db
        .collection(COLLECTIONS.requests)
        .where({ dueProvisional: true, status: _.in([...OPEN_FOR_UNIT]) })
        .count(),
    ]);
    const years = (data as Array<{ year: string; holidays: string[]; workdays: string[]; source: string; updatedAt?: Date }>)
      .map((c) => ({
        year: c.year,
        holidays: c.holidays.length,
        workdays: c.workdays.length,
        source: c.source,
        updatedAt: c.updatedAt ? new Date(c.updatedAt) : null,
      }))
      .sort((a, b) => a.year.localeCompare(b.year));
    return { years, provisionalRequests: provisional.total };
  },
});

/**
 * Loads or replaces one year's working-day calendar (holidays and make-up workdays), e.g. from a JSON file like
 * `core/calendar/years/2026.json`. Open requests whose deadline was provisional are counted again with it, so a
 * deadline in that year becomes final (and moves if a holiday falls before it).
 */
export const loadCalendar = defineAction<ActionContext>()({
  ...adminApi.loadCalendar,
  roles: ['admin'],
  async handler(input, ctx) {
    const holidays = [...new Set(input.holidays)].sort();
    const workdays = [...new Set(input.workdays)].sort();
    await ctx.db
      .collection(COLLECTIONS.calendars)
      .doc(input.year)
      .set({ year: input.year, holidays, workdays, source: input.source, updatedAt: ctx.now, updatedBy: ctx.identity.openId });
    const finalised = await recountProvisional(ctx);
    await recordAudit(
      { ...ctx, action: 'admin.loadCalendar' },
      {
        target: { collection: COLLECTIONS.calendars, id: input.year },
        before: null,
        after: 'loaded',
        note: { holidays: holidays.length, workdays: workdays.length, finalised },
      },
    );
    return { year: input.year, holidays: holidays.length, workdays: workdays.length, finalised };
  },
});

/** Open requests with a provisional deadline, counted again; each written only if unchanged since read. */
async function recountProvisional(ctx: ActionContext): Promise<number> {
  const _ = ctx.db.command;
  const calendarSet = await loadCalendars(ctx.db, ctx.now);
  let finalised = 0;
  for (let page = 0; page < 20; page += 1) {
    const { data } = await ctx.db
      .collection(COLLECTIONS.requests)
      .where({ dueProvisional: true, status: _.in([...OPEN_FOR_UNIT]) })
      .skip(page * 100)
      .limit(100)
      .get();
    for (const request of data as ServiceRequest[]) {
      const deadline = recountDeadline(request, calendarSet);
      if (!deadline || deadline.provisional) continue;
      const { updated } = await ctx.db
        .collection(COLLECTIONS.requests)
        .where({ _id: request._id, version: request.version })
        .update({ dueAt: deadline.dueAt, dueDate: deadline.dueDate, dueProvisional: false, version: _.inc(1) });
      finalised += updated;
    }
    if (data.length < 100) break;
  }
  return finalised;
}
