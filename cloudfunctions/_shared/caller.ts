import type { Caller } from '../../core/stays/access';
import type { ActionContext } from './handler';

/** The caller as core's access rules see them: identity from the platform, roles and station from `users`. */
export const callerOf = (ctx: ActionContext): Caller => ({
  openId: ctx.identity.openId,
  roles: ctx.roles,
  stationId: ctx.user?.stationId ?? null,
});
