import { staysApi } from '../../../core/stays/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { randomUUID } from 'node:crypto';
import { defineAction } from '../../../core/contract';
import { newStayApplication } from '../../../core/stays/application';
import { resolveStayPolicy } from '../../../core/stations/policy';
import { assertTakesApplications } from '../../../core/stations/services';
import type { ActionContext } from '../../_shared/handler';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { loadStation } from '../../_shared/stations';
import { submitStay } from '../../_shared/stays/lifecycle';

/**
 * An employer books for a named guest. The employer owns and follows the application; the guest is the person
 * the one-active and one-free-stay rules count. Any signed-in caller reaches the handler so that a
 * non-employer learns why (NOT_ELIGIBLE, "verified employer"), not just FORBIDDEN.
 */
export const applyForGuest = defineAction<ActionContext>()({
  ...staysApi.applyForGuest,
  roles: [],
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  idempotent: true,
  /** The guest's name, phone, identity document and proofs. */
  personalData: true,
  prefetch: (input, ctx) => loadStation(ctx.db, input.stationId),
  async handler(input, ctx, station) {
    assertTakesApplications(station, 'stay');
    const app = newStayApplication({
      id: `stay-${randomUUID()}`,
      stationId: station._id,
      type: 'employer-guest',
      ownerId: ctx.identity.openId,
      person: input.guest,
      seal: sealerOf(ctx.config.pii),
      idHash: identityHash(input.guest.identityDocument, ctx.config.idHashKey),
      checkIn: input.checkIn,
      nights: input.nights,
      documents: input.documents,
      facts: { purpose: input.purpose, employerName: input.employerName },
      now: ctx.now,
      policy: resolveStayPolicy(station.stayPolicy),
      locale: ctx.locale,
      eligibility: { callerIsVerifiedEmployer: ctx.roles.includes('employer') },
    });
    return submitStay(ctx, { station, app, joinWaitlist: input.joinWaitlist ?? false });
  },
});
