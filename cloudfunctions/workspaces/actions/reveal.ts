import { defineAction } from '../../../core/contract';
import { assertStationOperator } from '../../../core/stays/access';
import { revealSeatsInput } from '../../../core/workspaces/reveal.schema';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { openValue } from '../../_shared/pii';
import { findSeats } from '../repository';

/**
 * The leader's phone and the team's identity numbers in clear, for the operator of the station when the team moves
 * in: the only way they leave the database decrypted. Audited (`workspaces.reveal`) before they are returned.
 */
export const reveal = defineAction<ActionContext>()({
  input: revealSeatsInput,
  roles: ['operator'],
  async handler(input, ctx) {
    const app = await findSeats(ctx.db, input.id);
    assertStationOperator(callerOf(ctx), app.stationId);
    const open = (sealed: Parameters<typeof openValue>[1]) => openValue(ctx.config.pii, sealed);
    const { leader, members } = app.team;
    const revealed = {
      id: app._id,
      leader: { name: leader.name, idKind: leader.idKind, idNumber: open(leader.sealed.idNumber), phone: open(leader.sealed.phone) },
      members: members.map((m) => ({ name: m.name, idKind: m.idKind, idNumber: open(m.sealed.idNumber) })),
    };
    await recordAudit(
      { ...ctx, action: 'workspaces.reveal' },
      {
        target: { collection: COLLECTIONS.seatApplications, id: app._id },
        before: app.status,
        after: app.status,
        note: { fields: ['leader.idNumber', 'leader.phone', 'members.idNumber'] },
      },
    );
    return revealed;
  },
});
