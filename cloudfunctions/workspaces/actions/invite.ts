import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { assertOwner } from '../../../core/stays/access';
import { nextInvite, teamOpen } from '../../../core/workspaces/invite';
import { resolveSeatPolicy } from '../../../core/stations/policy';
import { callerOf } from '../../_shared/caller';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { invitePath, inviteToken } from '../invite-token';
import { seatsNamed, setInviteWhileOpen } from '../../_shared/workspaces/repository';

const closed = () =>
  new AppError('CONFLICT', {
    message: {
      'zh-CN': '只有审核中或已批准的申请可以邀请成员',
      en: 'Members can be invited only while the application is pending or approved',
    },
    details: { rule: 'team-closed' },
  });

/**
 * The leader's invite link ("join our team"), for the share card or to copy: the current one, or a new one when
 * there is none, it has expired, or `renew` asks (voiding every link shared before). Only the leader gets it; to
 * anyone else the application does not exist.
 */
export const invite = defineAction<ActionContext>()({
  ...workspacesApi.invite,
  roles: [],
  prefetch: seatsNamed,
  async handler(input, ctx, app) {
    assertOwner(callerOf(ctx), app);
    if (!teamOpen(app)) throw closed();
    let current = app.invite ?? null;
    if (!current || input.renew || new Date(current.expiresAt).getTime() <= ctx.now.getTime()) {
      current = nextInvite({ previous: current, now: ctx.now });
      if (!(await setInviteWhileOpen(ctx.db, app._id, current, ctx.now))) throw closed();
    }
    const token = inviteToken(ctx.config.idHashKey, app._id, current);
    const { maxTeamSize } = resolveSeatPolicy((await loadStation(ctx.db, app.stationId)).seatPolicy);
    return {
      id: app._id,
      token,
      path: invitePath(app._id, token),
      expiresAt: current.expiresAt,
      version: current.version,
      teamName: app.team.name,
      people: 1 + app.team.members.length,
      maxTeamSize,
    };
  },
});
