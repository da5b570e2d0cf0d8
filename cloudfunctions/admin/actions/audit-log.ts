import { adminApi } from '../../../core/admin/api';
import { defineAction } from '../../../core/contract';
import { auditPage } from '../../_shared/audit';
import type { ActionContext } from '../../_shared/handler';
import { inclusiveRange } from '../../_shared/range';

/**
 * The audit log, newest first, one page at a time, filtered by actor, action and/or time. Every filter
 * combination is served by an index leading with actor, action or time (collections.ts `audit_logs`).
 */
export const auditLog = defineAction<ActionContext>()({
  ...adminApi.auditLog,
  roles: ['admin'],
  async handler(input, ctx) {
    const _ = ctx.db.command;
    const where: Parameters<typeof auditPage>[1] = {};
    if (input.actor) where.actor = input.actor;
    if (input.action) where.action = input.action;
    const at = inclusiveRange(_, input.from ? new Date(input.from) : undefined, input.to ? new Date(input.to) : undefined);
    if (at) where.at = at;
    const items = (await auditPage(ctx.db, where, input.page, input.pageSize)).map((e) => ({
      id: e._id,
      at: new Date(e.at),
      actor: e.actor,
      actorRoles: e.actorRoles,
      action: e.action,
      target: e.target,
      before: e.before,
      after: e.after,
    }));
    return { items: items.slice(0, input.pageSize), hasMore: items.length > input.pageSize };
  },
});
