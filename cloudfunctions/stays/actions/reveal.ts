import { staysApi } from '../../../core/stays/api';
import { AppError, defineAction } from '../../../core/contract';
import { assertStationOperator } from '../../../core/stays/access';
import { recordAudit } from '../../_shared/audit';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { openValue } from '../../_shared/pii';
import { findStay } from '../../_shared/stays/repository';

/**
 * The guest's phone and identity numbers in clear, for the operator of the station to check the guest in: the only
 * way they leave the database decrypted. Every reveal is audited (`stays.reveal`) before the numbers are returned.
 */
export const reveal = defineAction<ActionContext>()({
  ...staysApi.reveal,
  roles: ['operator'],
  async handler(input, ctx) {
    const app = await findStay(ctx.db, input.id);
    assertStationOperator(callerOf(ctx), app.stationId);
    // An anonymised application (its owner deleted their account) has no numbers left to give.
    const { name, idKind, sealed } = app.person as Partial<typeof app.person> & Pick<typeof app.person, 'name' | 'idKind'>;
    if (!sealed) throw new AppError('NOT_FOUND');
    const revealed = {
      id: app._id,
      name,
      idKind,
      idNumber: openValue(ctx.config.pii, sealed.idNumber),
      phone: openValue(ctx.config.pii, sealed.phone),
    };
    await recordAudit(
      { ...ctx, action: 'stays.reveal' },
      {
        target: { collection: COLLECTIONS.stayApplications, id: app._id },
        before: app.status,
        after: app.status,
        note: { fields: ['idNumber', 'phone'] },
      },
    );
    return revealed;
  },
});
