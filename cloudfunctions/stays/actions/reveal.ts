import { staysApi } from '../../../core/stays/api';
import { defineAction } from '../../../core/contract';
import { assertStationOperator } from '../../../core/stays/access';
import { callerOf } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { revealPerson } from '../../_shared/reveal';
import { stayNamed } from '../../_shared/stays/repository';

/**
 * The guest's phone and identity numbers in clear, for the operator of the station to check the guest in: the only
 * way they leave the database decrypted. Every reveal is audited (`stays.reveal`) before the numbers are returned.
 */
export const reveal = defineAction<ActionContext>()({
  ...staysApi.reveal,
  roles: ['operator'],
  prefetch: stayNamed,
  async handler(_input, ctx, app) {
    assertStationOperator(callerOf(ctx), app.stationId);
    const record = { collection: COLLECTIONS.stayApplications, id: app._id, status: app.status };
    return revealPerson(ctx, { action: 'stays.reveal', person: app.person, record });
  },
});
