import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { ONE_PER_KIND, supportEligibility } from '../../../core/housing/support';
import { supportApi } from '../../../core/housing/support-api';
import { CLAIMING_SUPPORT_STATUSES, type SupportApplication } from '../../../core/housing/support-records';
import { toSupportView } from '../../../core/housing/support-views';
import { notEligible } from '../../../core/reasons';
import { answerQuestion } from '../../../core/requests/questions';
import { storedPerson } from '../../../core/stays/application';
import { findByIdOrNull } from '../../_shared/applications';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { submitRecordId } from '../../_shared/idempotency';
import { findEmployer } from '../../_shared/housing/store';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { claimHeld, insertUnderClaim } from '../../_shared/under-claim';
import {
  changeSupport,
  disbursementsOf,
  insertSupport,
  supportNamed,
  supportOf,
  supportClaimId,
  supportPolicyOf,
} from '../../_shared/support/repository';
import { tellSupport } from '../../_shared/support/store';

/** The application a submit creates: its id derives from the caller and the requestId. */
const applicationIdOf = (ctx: Pick<ActionContext, 'submitKey'>) => submitRecordId('sup', ctx.submitKey);

const action = defineAction<ActionContext>();

/**
 * Rent support or the purchase subsidy. Every rule is core's (NOT_ELIGIBLE lists each one failed); "one per person
 * and kind" is a claim on the identity's keyed hash, taken atomically. The employer must be in the district's
 * register (the apartments' `apartment_employers`). Idempotent by `requestId`.
 */
export const applySupport = action({
  ...supportApi.applySupport,
  roles: [],
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  /** The application's id derives from caller and requestId, and the claim names it: a retry is recognised there. */
  idempotent: 'by-handler',
  async replay(_input, ctx) {
    const stored = await findByIdOrNull<SupportApplication>(ctx.db, COLLECTIONS.supportApplications, applicationIdOf(ctx));
    return stored && toSupportView(stored, await disbursementsOf(ctx.db, stored._id));
  },
  personalData: true,
  /** What the rules read, all at once: the policy, the employer, the person's claim of this kind. */
  async prefetch(input, ctx) {
    const idHash = identityHash(input.applicant.identityDocument, ctx.config.idHashKey);
    const id = applicationIdOf(ctx);
    const [policy, employer, hasActiveOfKind] = await Promise.all([
      supportPolicyOf(ctx.db),
      findEmployer(ctx.db, input.employerCreditCode),
      claimHeld(ctx.db, {
        claims: { collection: COLLECTIONS.supportClaims, id: supportClaimId({ kind: input.kind, idHash }) },
        records: COLLECTIONS.supportApplications,
        holding: CLAIMING_SUPPORT_STATUSES,
        except: id,
      }),
    ]);
    return { id, idHash, policy, employer, hasActiveOfKind };
  },
  async handler(input, ctx, { id, idHash, policy, employer, hasActiveOfKind }) {
    const reasons = supportEligibility({
      policy,
      kind: input.kind,
      category: input.category,
      employerInDistrict: Boolean(employer?.active),
      ownsHomeInShanghai: input.ownsHomeInShanghai,
      documents: input.documents,
      hasActiveOfKind,
    });
    if (reasons.length > 0) throw notEligible(reasons);
    const app: SupportApplication = {
      _id: id,
      kind: input.kind,
      ownerId: ctx.identity.openId,
      person: storedPerson(input.applicant, sealerOf(ctx.config.pii)),
      idHash,
      category: input.category,
      employer: { creditCode: input.employerCreditCode, name: employer!.name },
      declarations: { ownsHomeInShanghai: input.ownsHomeInShanghai },
      monthlyRentPaid: input.kind === 'rent' ? input.monthlyRentPaid : null,
      documents: input.documents,
      status: 'submitted',
      openQuestion: null,
      answers: [],
      amount: null,
      schedule: [],
      rechecks: [],
      nextRecheck: null,
      reason: null,
      decidedBy: null,
      submittedAt: ctx.now,
      decidedAt: null,
      updatedAt: ctx.now,
      version: 0,
    };
    // The person's claim of this kind; a retry of this submit is answered the application its first call stored.
    const stored = await insertUnderClaim<SupportApplication>(ctx.db, {
      claims: { collection: COLLECTIONS.supportClaims, id: supportClaimId(app) },
      refusal: ONE_PER_KIND,
      record: { collection: COLLECTIONS.supportApplications, id },
      insert: () => insertSupport(ctx.db, app),
      holding: CLAIMING_SUPPORT_STATUSES,
      now: ctx.now,
    });
    if (stored) return toSupportView(stored, await disbursementsOf(ctx.db, stored._id));
    return toSupportView(app, []);
  },
});

/** The caller's applications, each with its schedule and the months paid. */
export const mySupport = action({
  ...supportApi.mySupport,
  roles: [],
  prefetch: (_input, ctx) => supportOf(ctx.db, ctx.identity.openId),
  async handler(_input, ctx, apps) {
    const items = await Promise.all(apps.map(async (app) => toSupportView(app, await disbursementsOf(ctx.db, app._id))));
    return { items };
  },
});

/**
 * 补充材料: the applicant answers the operator's open question with text and files (core/requests/questions.ts, the
 * requests domain's pattern): the question closes, the answer is kept beside it, the application is back in the
 * queue and the operator who asked is told.
 */
export const answerSupport = action({
  ...supportApi.answerSupport,
  roles: [],
  idempotent: true,
  uploads: ['documents'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['text'],
  personalData: true,
  prefetch: supportNamed,
  async handler(input, ctx, app) {
    if (app.ownerId !== ctx.identity.openId) throw new AppError('NOT_FOUND');
    const asked = app.openQuestion;
    if (app.status !== 'more-asked' || !asked) throw new AppError('CONFLICT');
    const answer = answerQuestion(app);
    const fields: Partial<SupportApplication> = {
      ...answer.set,
      status: 'submitted',
      documents: [...app.documents, ...input.documents],
      answers: [
        ...app.answers,
        { question: asked.text, askedAt: asked.askedAt, text: input.text, documents: input.documents, answeredAt: ctx.now },
      ],
      updatedAt: ctx.now,
    };
    const version = await changeSupport(ctx.db, { app, fields });
    const changed = { ...app, ...fields, version };
    if (asked.by.openId) {
      await tellSupport(ctx, { recipient: asked.by.openId, app, event: 'answered', version: String(new Date(asked.askedAt).getTime()) });
    }
    return toSupportView(changed, await disbursementsOf(ctx.db, app._id));
  },
});
