import { workspacesApi } from '../../../core/workspaces/api';
import { AppError, defineAction } from '../../../core/contract';
import { assertStationOperator } from '../../../core/stays/access';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { openValue } from '../../_shared/pii';
import { seatsNamed } from '../../_shared/workspaces/repository';

/**
 * The leader's and members' phones and the team's identity numbers in clear, for the operator of the station when the team moves
 * in: the only way they leave the database decrypted. Audited (`workspaces.reveal`) before they are returned.
 */
export const reveal = defineAction<ActionContext>()({
  ...workspacesApi.reveal,
  roles: ['operator'],
  prefetch: seatsNamed,
  async handler(_input, ctx, app) {
    assertStationOperator(callerOf(ctx), app.stationId);
    const open = (sealed: Parameters<typeof openValue>[1]) => openValue(ctx.config.pii, sealed);
    // A team whose leader deleted their account is anonymised whole: nothing left to give. A member who deleted
    // theirs has no number left; the others' numbers are still needed at move-in.
    const leader: Partial<typeof app.team.leader> & Pick<typeof app.team.leader, 'name' | 'idKind'> = app.team.leader;
    if (!leader.sealed) throw new AppError('NOT_FOUND');
    const members: Array<Partial<(typeof app.team.members)[number]> & Pick<(typeof app.team.members)[number], 'name' | 'idKind'>> =
      app.team.members;
    const revealed = {
      id: app._id,
      leader: { name: leader.name, idKind: leader.idKind, idNumber: open(leader.sealed.idNumber), phone: open(leader.sealed.phone) },
      members: members.map((m) => ({
        name: m.name,
        idKind: m.idKind,
        idNumber: m.sealed ? open(m.sealed.idNumber) : null,
        phone: m.sealed?.phone ? open(m.sealed.phone) : null,
      })),
    };
    await recordAudit(
      { ...ctx, action: 'workspaces.reveal' },
      {
        target: { collection: COLLECTIONS.seatApplications, id: app._id },
        before: app.status,
        after: app.status,
        note: { fields: ['leader.idNumber', 'leader.phone', 'members.idNumber', 'members.phone'] },
      },
    );
    return revealed;
  },
});
