import { workspacesApi } from '../../../core/workspaces/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { randomUUID } from 'node:crypto';
import { defineAction } from '../../../core/contract';
import { newSeatApplication } from '../../../core/workspaces/application';
import { resolveSeatPolicy } from '../../../core/stations/policy';
import { assertTakesApplications } from '../../../core/stations/services';
import type { ActionContext } from '../../_shared/handler';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { loadStation } from '../../_shared/stations';
import { submitSeats } from '../../_shared/workspaces/lifecycle';

/** A team leader asks for seats: rules, one active application per team, seats held on every day of the term. */
export const apply = defineAction<ActionContext>()({
  ...workspacesApi.apply,
  roles: [],
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['team.name', 'team.projectSummary'],
  idempotent: true,
  /** The leader's and members' names and identity documents, the leader's phone, the business plan. */
  personalData: true,
  prefetch: (input, ctx) => loadStation(ctx.db, input.stationId),
  async handler(input, ctx, station) {
    assertTakesApplications(station, 'seats');
    const app = newSeatApplication({
      id: `seat-${randomUUID()}`,
      ownerId: ctx.identity.openId,
      apply: input,
      hashOf: (person) => identityHash(person.identityDocument, ctx.config.idHashKey),
      seal: sealerOf(ctx.config.pii),
      documents: input.documents,
      now: ctx.now,
      policy: resolveSeatPolicy(station.seatPolicy),
      locale: ctx.locale,
    });
    return submitSeats(ctx, { station, app });
  },
});
