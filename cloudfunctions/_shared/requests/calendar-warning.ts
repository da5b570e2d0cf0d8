import type { Deadline } from '../../../core/requests/deadline';
import type { Database } from '../cloud';
import { notify } from '../notify';
import { districtAdmins } from './recipients';

/**
 * Every path that sets a deadline (dispatch, a granted extension, a reopen after an unsatisfied rating) calls this
 * after writing it: a deadline in a year with no loaded calendar is provisional, and the district admins are told,
 * once per missing year (the notice key is the year, so later requests create nothing new).
 */
export async function warnIfProvisional(ctx: { db: Database; now: Date }, deadline: Deadline | null): Promise<void> {
  if (!deadline?.provisional) return;
  const year = deadline.dueDate.slice(0, 4);
  await notify(
    ctx.db,
    await districtAdmins(ctx.db),
    { key: `calendar-missing:${year}`, template: 'calendar_missing', data: { year } },
    ctx.now,
  );
}
