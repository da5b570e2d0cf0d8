import { randomUUID } from 'node:crypto';
import { eventsApi } from '../../../core/events/api';
import { AppError, defineAction } from '../../../core/contract';
import { sessionRules, type SignUpRecord } from '../../../core/events/model';
import { signUpRefusals } from '../../../core/events/sign-up';
import { answerProblems, toSignUpView } from '../../../core/events/views';
import { assertEligible } from '../../../core/reasons';
import type { ActionContext } from '../../_shared/handler';
import { submitRecordId } from '../../_shared/idempotency';
import { skipConflict } from '../../_shared/skip-conflict';
import { isDuplicateWrite } from '../../_shared/duplicate';
import { isStartupTeamMember, residentOf } from '../../_shared/events/residency';
import { offerFreedPlaces } from '../../_shared/events/offers';
import {
  findEvent,
  findSession,
  findSignUp,
  insertSignUp,
  maybeSignUp,
  releasePlaces,
  setSignUp,
  signUpIdOf,
  takePlaces,
  entryIdOf,
} from '../../_shared/events/repository';

/** The reply to a retry of this submit: the sign-up it wrote, if it wrote this one. */
const ownReply = (stored: SignUpRecord | null, ctx: ActionContext) =>
  stored?.submit === submitRecordId('submit', ctx.submitKey) ? toSignUpView(stored) : null;

/**
 * Signs the caller up for a session, once per person per session (after cancelling, or letting an offered place
 * lapse, one may sign up again: core's `stillSignedUp`). First come: a place if the party fits, taken by one
 * conditional update on the session (never over capacity), else the waitlist. Lottery: an entry, drawn when the
 * window has closed. A retry with the same requestId gets the sign-up its first call stored: the sign-up records the
 * submit that wrote it (`submit`, derived from the caller and the requestId: `'by-handler'`), so no key of its own is
 * written for it.
 */
export const signUp = defineAction<ActionContext>()({
  ...eventsApi.signUp,
  roles: [],
  idempotent: 'by-handler',
  replay: async (input, ctx) => ownReply(await maybeSignUp(ctx.db, signUpIdOf(input.sessionId, ctx.identity.openId)), ctx),
  personalData: true,
  rateLimit: { max: 20, perSeconds: 60 },
  /** The session and the caller's sign-up at once (the id derives from both), then the event and who may come. */
  async prefetch(input, ctx) {
    const openId = ctx.identity.openId;
    const id = signUpIdOf(input.sessionId, openId);
    const [session, existing] = await Promise.all([findSession(ctx.db, input.sessionId), maybeSignUp(ctx.db, id)]);
    const event = await findEvent(ctx.db, session.eventId);
    const [residence, teamMember] = await Promise.all([
      event.audience === 'station-residents' ? residentOf(ctx.db, openId) : [],
      event.audience === 'startup-teams' ? isStartupTeamMember(ctx.db, openId) : false,
    ]);
    return { id, session, existing, event, residence, teamMember };
  },
  async handler(input, ctx, { id, session, existing, event, residence, teamMember }) {
    const openId = ctx.identity.openId;
    const submit = submitRecordId('submit', ctx.submitKey);
    // A retry of this submit: what its first call stored.
    const replayed = ownReply(existing, ctx);
    if (replayed) return replayed;
    if (!event.active) throw new AppError('NOT_FOUND');
    const rules = { ...sessionRules(event), capacity: session.capacity };
    assertEligible(
      signUpRefusals({
        session: rules,
        now: ctx.now.toISOString(),
        partySize: input.partySize,
        residentOf: residence,
        isStartupTeamMember: teamMember,
        earlier: existing?.status ?? null,
        sessionStartsAt: session.startsAt.toISOString(),
      }),
    );
    const problems = answerProblems(event, input.answers);
    if (problems.length > 0) {
      const message = ctx.locale === 'en' ? 'Fill in what the event asks for' : '请填写活动要求的信息';
      throw new AppError('VALIDATION', { issues: problems.map((key) => ({ path: `answers.${key}`, message })) });
    }

    const took =
      event.allocation === 'first-come' &&
      (await takePlaces(ctx.db, session._id, input.partySize, ctx.now, { capacity: session.capacity, taken: session.taken }));
    const record: SignUpRecord = {
      _id: id,
      sessionId: session._id,
      eventId: event._id,
      stationId: session.stationId,
      ownerId: openId,
      name: ctx.user?.displayName ?? '',
      entryId: entryIdOf(id),
      partySize: input.partySize,
      status: event.allocation === 'lottery' ? 'entered' : took ? 'confirmed' : 'waitlisted',
      answers: input.answers,
      rank: ctx.now.getTime(),
      rating: null,
      signedUpAt: ctx.now,
      updatedAt: ctx.now,
      call: randomUUID(),
      submit,
    };
    try {
      if (existing) {
        const { _id: _ignored, ...fields } = record;
        // Signed up again after cancelling or letting an offer lapse: the same document, from the status read.
        await setSignUp(ctx.db, { id, from: existing.status, fields });
      } else {
        await insertSignUp(ctx.db, record);
      }
    } catch (error) {
      const stored = await maybeSignUp(ctx.db, id);
      // A twin call of this submit (sent again while this one was at work) wrote first: its sign-up answers. The
      // places taken here confirm it if it found none (the twins' takes had filled the session), else go back.
      if (stored && stored.call !== record.call && stored.submit === submit) {
        const confirmed =
          took &&
          stored.status === 'waitlisted' &&
          (await skipConflict(() => setSignUp(ctx.db, { id, from: 'waitlisted', fields: { status: 'confirmed', updatedAt: ctx.now } })));
        if (took && !confirmed) await releasePlaces(ctx.db, session._id, input.partySize, ctx.now);
        return toSignUpView(await findSignUp(ctx.db, id));
      }
      // This call's own write, applied though its reply was lost (sent again and refused, or an error): it stands,
      // holding the places taken here. Known by its token, not by the same person's other tap.
      if (stored?.call !== record.call) {
        // Someone (the same person, twice at once) signed up first: the places taken here go back, to the waitlist.
        if (took) {
          await releasePlaces(ctx.db, session._id, input.partySize, ctx.now);
          await offerFreedPlaces(ctx, event, session._id);
        }
        if (isDuplicateWrite(error)) throw new AppError('CONFLICT', { details: { rule: 'one-per-person' } });
        throw error;
      }
    }
    if (record.status === 'waitlisted') {
      // Places freed while this one was being written (a cancellation whose offers ran just before) would otherwise
      // stay free beside a waitlist: offer them now, this sign-up included.
      const fresh = await findSession(ctx.db, session._id);
      if (fresh.capacity - fresh.taken > 0 && (await offerFreedPlaces(ctx, event, session._id)) > 0)
        return toSignUpView(await findSignUp(ctx.db, id));
    }
    return toSignUpView(record);
  },
});
