import { adminApi } from '../../../core/admin/api';
import { AppError, defineAction } from '../../../core/contract';
import { planRoleChange, ROLE_REFUSALS } from '../../../core/admin';
import type { User } from '../../../core/account/user';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { findCatalogEntry } from '../../_shared/requests/catalog';
import { findStation } from '../../_shared/stations';
import { countWithRole, findUser, setRolesIfUnchanged, usersWithRole } from '../../_shared/users';

const userView = (u: User) => ({ openId: u._id, displayName: u.displayName, roles: u.roles, stationId: u.stationId, unitId: u.unitId });

/** The users holding a staff role (operator, unit, admin, employer). */
export const users = defineAction<ActionContext>()({
  ...adminApi.users,
  roles: ['admin'],
  async handler(input, ctx) {
    return { items: (await usersWithRole(ctx.db, input.role)).map(userView) };
  },
});

/**
 * Grants or revokes one role of one user (who must have signed in once). The rules are core's
 * (`planRoleChange`): operators need a station, unit handlers a unit, and the last admin keeps the role.
 */
export const setRole = defineAction<ActionContext>()({
  ...adminApi.setRole,
  roles: ['admin'],
  async handler(input, ctx) {
    const user = await findUser(ctx.db, input.openId);
    if (!user) throw new AppError('NOT_FOUND');
    if (input.stationId) mustExist(ctx, await findStation(ctx.db, input.stationId), input.stationId, 'stationId');
    if (input.unitId) mustExist(ctx, await findCatalogEntry(ctx.db, COLLECTIONS.units, input.unitId), input.unitId, 'unitId');
    const adminCount = input.role === 'admin' ? await countWithRole(ctx.db, 'admin') : 0;
    const plan = planRoleChange({
      roles: user.roles,
      change: input.change,
      role: input.role,
      stationId: input.stationId,
      unitId: input.unitId,
      adminCount,
    });
    if (!plan.ok) throw new AppError('CONFLICT', { message: ROLE_REFUSALS[plan.reason], details: { reason: plan.reason } });
    const { ok: _ok, ...fields } = plan;
    // Compare-and-set on the roles read: two admins revoking the last two admin roles at once cannot both pass.
    const updated = await setRolesIfUnchanged(ctx.db, user, fields, ctx.now);
    if (!updated && JSON.stringify(fields.roles) !== JSON.stringify(user.roles)) throw new AppError('CONFLICT');
    await recordAudit(
      { ...ctx, action: 'admin.setRole' },
      {
        target: { collection: COLLECTIONS.users, id: user._id },
        before: user.roles.join(','),
        after: fields.roles.join(','),
        note: { change: input.change, role: input.role },
      },
    );
    return userView({ ...user, ...fields });
  },
});

function mustExist(ctx: ActionContext, found: unknown, id: string, path: string): void {
  if (found === null)
    throw new AppError('VALIDATION', { issues: [{ path, message: ctx.locale === 'en' ? `Unknown: ${id}` : `不存在：${id}` }] });
}
