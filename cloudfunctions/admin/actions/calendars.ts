import { adminApi } from '../../../core/admin/api';
import { defineAction } from '../../../core/contract';
import { recountDeadline } from '../../../core/admin';
import { recordAudit } from '../../_shared/audit';
import { listCalendars, loadAllCalendars, saveCalendar } from '../../_shared/calendars';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { countProvisionalOpen, provisionalOpenPage, setFinalDeadline } from '../../_shared/requests/repository';

/** The years loaded, with their counts, and how many open requests still have a provisional deadline. */
export const calendars = defineAction<ActionContext>()({
  ...adminApi.calendars,
  roles: ['admin'],
  async handler(_input, ctx) {
    const [stored, provisional] = await Promise.all([listCalendars(ctx.db), countProvisionalOpen(ctx.db)]);
    const years = stored
      .map((c) => ({
        year: c.year,
        holidays: c.holidays.length,
        workdays: c.workdays.length,
        source: c.source,
        updatedAt: c.updatedAt ? new Date(c.updatedAt) : null,
      }))
      .sort((a, b) => a.year.localeCompare(b.year));
    return { years, provisionalRequests: provisional };
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
    await saveCalendar(
      ctx.db,
      { year: input.year, holidays, workdays, source: input.source },
      { at: ctx.now, openId: ctx.identity.openId },
    );
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
  const calendarSet = await loadAllCalendars(ctx.db);
  let finalised = 0;
  let last = '';
  for (let page = 0; page < 20; page += 1) {
    const requests = await provisionalOpenPage(ctx.db, last, 100);
    for (const request of requests) {
      const deadline = recountDeadline(request, calendarSet);
      if (!deadline || deadline.provisional) continue;
      finalised += await setFinalDeadline(ctx.db, request, deadline);
    }
    if (requests.length < 100) break;
    last = requests[requests.length - 1]._id;
  }
  return finalised;
}
