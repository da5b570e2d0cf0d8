import { workspacesApi } from '../../../core/workspaces/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { storedMember, toJoinedSeatView } from '../../../core/workspaces/application';
import { joinStep } from '../../../core/workspaces/invite';
import type { SeatApplication } from '../../../core/workspaces/model';
import { resolveSeatPolicy } from '../../../core/stations/policy';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { loadStation } from '../../_shared/stations';
import { invitedSeats } from '../invites';
import { findSeats, joinIfUnchanged } from '../../_shared/workspaces/repository';

/** Attempts before giving up on a team whose members keep changing under us (each attempt re-reads it). */
const ATTEMPTS = 4;

/**
 * Someone the leader invited joins the team as themselves: the caller's openid (from the platform, never the
 * payload), their name, mobile and identity document. Idempotent by `requestId` (the shell) and by openid (a
 * second join answers the team as it is and writes nothing). Each write is one conditional update that holds
 * only if the team is still open, still short of its maximum and the caller still absent, so that two people
 * taking the last place, or one person tapping twice, cannot overfill it. Audited without personal data.
 */
export const joinTeam = defineAction<ActionContext>()({
  ...workspacesApi.joinTeam,
  roles: [],
  idempotent: true,
  rateLimit: SUBMIT_RATE_LIMIT,
  /** The joining member's name, mobile and identity document. */
  personalData: true,
  prefetch: invitedSeats,
  async handler(input, ctx, invited) {
    const openId = ctx.identity.openId;
    let app = invited;
    const { maxTeamSize } = resolveSeatPolicy((await loadStation(ctx.db, app.stationId)).seatPolicy);
    const idHash = identityHash(input.member.identityDocument, ctx.config.idHashKey);
    const member = storedMember(input.member, sealerOf(ctx.config.pii), { openId, at: ctx.now });
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const step = joinStep({ app, openId, idHash, maxTeamSize, now: ctx.now });
      if (step.kind === 'already') return toJoinedSeatView(app);
      const updated = await joinIfUnchanged(ctx.db, { id: app._id, step, openId, idHash, member, maxTeamSize, now: ctx.now });
      if (updated) {
        const joined: SeatApplication = await findSeats(ctx.db, app._id);
        await recordAudit(
          { ...ctx, action: 'workspaces.joinTeam' },
          {
            target: { collection: COLLECTIONS.seatApplications, id: app._id },
            before: app.status,
            after: joined.status,
            note: { people: 1 + joined.team.members.length, claimed: step.kind === 'claim' },
          },
        );
        return toJoinedSeatView(joined);
      }
      // Someone changed the team meanwhile (another join, a cancellation): decide again on what it is now.
      app = await findSeats(ctx.db, app._id);
    }
    throw new AppError('CONFLICT', { details: { rule: 'team-busy' } });
  },
});
