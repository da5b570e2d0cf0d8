import { defineAction } from '../../../core/contract';
import { deadlineFields, deadlineFor, dispatchInput } from '../../../core/requests';
import type { ActionContext } from '../../_shared/handler';
import { loadCalendars } from '../../_shared/calendars';
import { notify } from '../../_shared/notify';
import { districtAdmins } from '../../_shared/requests/recipients';
import { takeStep } from '../../_shared/requests/repository';

/**
 * 派单: starts the clock. The deadline is the end of the tier's N-th working day after today (Shanghai); when it
 * runs into a year with no loaded calendar it is provisional and the admins are told, once per year.
 */
export const dispatch = defineAction<ActionContext>()({
  input: dispatchInput,
  roles: ['operator', 'admin'],
  async handler(input, ctx) {
    const calendars = await loadCalendars(ctx.db, ctx.now);
    let provisionalYear: string | null = null;
    const view = await takeStep(ctx, { id: input.id, name: 'dispatch' }, (request) => {
      const deadline = deadlineFor({ from: ctx.now, workingDays: request.tier ?? 5, calendars });
      if (deadline.provisional) provisionalYear = deadline.dueDate.slice(0, 4);
      return {
        set: {
          dispatchedAt: ctx.now,
          ...deadlineFields(deadline),
          extension: null,
        },
        data: { unitId: request.leadUnitId, tier: request.tier, dueDate: deadline.dueDate, provisional: deadline.provisional },
      };
    });
    if (provisionalYear) {
      const key = `calendar-missing:${provisionalYear}`;
      await notify(ctx.db, await districtAdmins(ctx.db), { key, template: 'calendar_missing', data: { year: provisionalYear } }, ctx.now);
    }
    return view;
  },
});
