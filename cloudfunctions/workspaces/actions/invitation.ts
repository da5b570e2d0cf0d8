import { workspacesApi } from '../../../core/workspaces/api';
import { defineAction } from '../../../core/contract';
import { teamOpen } from '../../../core/workspaces/invite';
import { resolveSeatPolicy } from '../../../core/stations/policy';
import type { ActionContext } from '../../_shared/handler';
import { loadStation } from '../../_shared/stations';
import { invitedSeats } from '../invites';

/**
 * What an invite link opens before joining: the team's name, the station, seats, term and how many are in it. No
 * one's personal data. Whether the caller may join is decided by `joinTeam`; `open`, `expired` and `joined` let
 * the page say so first.
 */
export const invitation = defineAction<ActionContext>()({
  ...workspacesApi.invitation,
  roles: [],
  prefetch: invitedSeats,
  async handler(_input, ctx, app) {
    const station = await loadStation(ctx.db, app.stationId);
    const openId = ctx.identity.openId;
    return {
      id: app._id,
      teamName: app.team.name,
      station: { id: station._id, name: station.name },
      seats: app.seats,
      months: app.months,
      startDate: app.startDate,
      endDate: app.endDate,
      status: app.status,
      people: 1 + app.team.members.length,
      maxTeamSize: resolveSeatPolicy(station.seatPolicy).maxTeamSize,
      open: teamOpen(app),
      expired: !app.invite || new Date(app.invite.expiresAt).getTime() <= ctx.now.getTime(),
      leader: app.ownerId === openId,
      joined: (app.memberOpenIds ?? []).includes(openId),
    };
  },
});
