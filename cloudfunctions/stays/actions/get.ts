import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { assertMayView } from '../../../core/stays/access';
import { toStayView } from '../../../core/stays/application';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { callerOf } from '../../_shared/caller';
import { stayNamed } from '../../_shared/stays/repository';

/** One application, to its owner or the staff of its station; to anyone else it does not exist. */
export const get = defineAction<ActionContext>()({
  ...staysApi.get,
  roles: [],
  prefetch: stayNamed,
  async handler(_input, ctx, app) {
    assertMayView(callerOf(ctx), app);
    // Staff reading an applicant's contact details is itself recorded (DESIGN.md: who viewed personal data).
    if (app.ownerId !== ctx.identity.openId) {
      await recordAudit(
        { ...ctx, action: 'stays.view' },
        { target: { collection: COLLECTIONS.stayApplications, id: app._id }, before: app.status, after: app.status },
      );
    }
    return toStayView(app);
  },
});
