import { defineAction } from '../../../core/contract';
import { loadCalendarInput } from '../../../core/requests';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';

/**
 * An admin loads or replaces one year's working-day calendar (holidays and make-up workdays), e.g. from a JSON
 * file like `core/calendar/years/2026.json`. Deadlines computed later use it; existing ones keep their dates.
 */
export const loadCalendar = defineAction<ActionContext>()({
  input: loadCalendarInput,
  roles: ['admin'],
  async handler(input, ctx) {
    const holidays = [...new Set(input.holidays)].sort();
    const workdays = [...new Set(input.workdays)].sort();
    await ctx.db.collection(COLLECTIONS.calendars).doc(input.year).set({ year: input.year, holidays, workdays, source: input.source, updatedAt: ctx.now, updatedBy: ctx.identity.openId });
    await recordAudit({ ...ctx, action: 'requests.loadCalendar' }, { target: { collection: COLLECTIONS.calendars, id: input.year }, before: null, after: 'loaded' });
    return { year: input.year, holidays: holidays.length, workdays: workdays.length };
  },
});
