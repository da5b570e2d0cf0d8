import { addMonthsTo } from '../../../core/calendar/months';
import { shanghaiDate } from '../../../core/dates';
import { recheckStep, stopAtRecheck } from '../../../core/housing/support';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { notify } from '../notify';
import { skipConflict } from '../skip-conflict';
import { supportNotice } from '../../../core/housing/support-notices';
import { changeSupport, rechecksDue, releaseClaim } from './repository';
import { tellSupport } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/**
 * The scheduler's support step (core recheckStep): from the month before a re-check month, the applicant and the
 * operator who approved are reminded, once per re-check (the notice key names the month); once the re-check month
 * has ended with no re-check recorded, the schedule lapses from that month (the months before it stay due), the
 * claim is given back and the applicant is told.
 */
export async function sweepSupport(ctx: SweepContext, input: { limit: number }): Promise<{ recheckReminded: number; lapsed: number }> {
  const { db, now } = ctx;
  const today = shanghaiDate(now);
  const result = { recheckReminded: 0, lapsed: 0 };
  const due = await rechecksDue(db, { untilMonth: addMonthsTo(today.slice(0, 7), 1), limit: input.limit });
  for (const app of due) {
    const step = recheckStep({ schedule: app.schedule, rechecks: app.rechecks, today });
    if (!step) continue;
    if (step.kind === 'remind') {
      const recipients = [app.ownerId, ...(app.decidedBy ? [app.decidedBy] : [])];
      const notice = supportNotice({ event: 'recheckDue', id: app._id, kind: app.kind, version: step.month, data: { month: step.month } });
      result.recheckReminded += await notify(db, recipients, notice, now);
      continue;
    }
    const lapsed = await skipConflict(async () => {
      await changeSupport(db, {
        app,
        fields: { status: 'stopped', schedule: stopAtRecheck(app.schedule, step.month), nextRecheck: null, updatedAt: now },
      });
      await releaseClaim(db, app);
      await recordAudit(
        { ...ctx, action: 'support.lapse' },
        {
          target: { collection: COLLECTIONS.supportApplications, id: app._id },
          before: 'approved',
          after: 'stopped',
          note: { month: step.month },
        },
      );
      await tellSupport(ctx, { recipient: app.ownerId, app, event: 'stopped', version: step.month, data: { month: step.month } });
    });
    if (lapsed) result.lapsed += 1;
  }
  return result;
}
