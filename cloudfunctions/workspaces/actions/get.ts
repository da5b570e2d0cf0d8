import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { assertMayView } from '../../../core/stays/access';
import { toSeatView } from '../../../core/workspaces/application';
import { callerOf } from '../../_shared/caller';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { seatsNamed } from '../../_shared/workspaces/repository';

export const get = defineAction<ActionContext>()({
  ...workspacesApi.get,
  roles: [],
  prefetch: seatsNamed,
  async handler(_input, ctx, app) {
    assertMayView(callerOf(ctx), app);
    // Staff reading an applicant's contact details is itself recorded (DESIGN.md: who viewed personal data).
    if (app.ownerId !== ctx.identity.openId) {
      await recordAudit(
        { ...ctx, action: 'workspaces.view' },
        { target: { collection: COLLECTIONS.seatApplications, id: app._id }, before: app.status, after: app.status },
      );
    }
    return toSeatView(app);
  },
});
