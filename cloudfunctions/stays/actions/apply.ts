import { staysApi } from '../../../core/stays/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { newStayApplication, toStayView } from '../../../core/stays/application';
import { resolveStayPolicy } from '../../../core/stations/policy';
import { assertTakesApplications } from '../../../core/stations/services';
import type { ActionContext } from '../../_shared/handler';
import { submitRecordId } from '../../_shared/idempotency';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { loadStation } from '../../_shared/stations';
import { submitStay } from '../../_shared/stays/lifecycle';
import { findStayOrNull } from '../../_shared/stays/repository';
import { teamFacts } from '../team';

/** The application a submit creates: its id derives from the caller and the requestId. */
const stayIdOf = (ctx: Pick<ActionContext, 'submitKey'>) => submitRecordId('stay', ctx.submitKey);

/** A talent or team member applies for a stay: eligibility, dates, one active and one free stay, nights held. */
export const apply = defineAction<ActionContext>()({
  ...staysApi.apply,
  roles: [],
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  /** The application's id derives from caller and requestId: a retry is recognised by the database (submitStay). */
  idempotent: 'by-handler',
  async replay(_input, ctx) {
    const stored = await findStayOrNull(ctx.db, stayIdOf(ctx));
    return stored && toStayView(stored);
  },
  /** Name, phone, identity document and proofs of the applicant. */
  personalData: true,
  /** The station, and for a team member the team's seat application, at once. */
  async prefetch(input, ctx) {
    const idHash = identityHash(input.applicant.identityDocument, ctx.config.idHashKey);
    const [station, team] = await Promise.all([
      loadStation(ctx.db, input.stationId),
      input.type === 'team-member' ? teamFacts(ctx, { seatApplicationId: input.seatApplicationId, idHash }) : null,
    ]);
    return { idHash, station, team };
  },
  async handler(input, ctx, { idHash, station, team }) {
    assertTakesApplications(station, 'stay');
    const app = newStayApplication({
      id: stayIdOf(ctx),
      stationId: station._id,
      type: input.type,
      ownerId: ctx.identity.openId,
      person: input.applicant,
      seal: sealerOf(ctx.config.pii),
      idHash,
      checkIn: input.checkIn,
      nights: input.nights,
      documents: input.documents,
      facts: {
        intendsToWorkInShanghai: input.intendsToWorkInShanghai,
        yearsAbroad: input.yearsAbroad,
        university: input.university,
        graduationDate: input.graduationDate,
        seatApplicationId: input.seatApplicationId,
      },
      now: ctx.now,
      policy: resolveStayPolicy(station.stayPolicy),
      locale: ctx.locale,
      eligibility: { team },
    });
    return submitStay(ctx, { station, app, joinWaitlist: input.joinWaitlist ?? false });
  },
});
