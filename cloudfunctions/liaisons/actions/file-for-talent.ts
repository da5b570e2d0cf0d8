import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ActionContext } from '../../_shared/handler';
import { fileRequest } from '../../_shared/requests/submit';
import { myPair, pairNamed, recordContact, todayOf } from '../../_shared/liaisons/repository';

/**
 * A service request filed by a liaison on one of their talents' behalf: the talent owns it (it is in their My
 * requests), `filedBy` names the liaison, and it counts as a contact. Same path as `requests.submit`.
 */
export const fileForTalent = defineAction<ActionContext>()({
  ...liaisonsApi.fileForTalent,
  roles: ['unit'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['title', 'body'],
  idempotent: true,
  /** Free text about the talent's situation. */
  personalData: true,
  prefetch: pairNamed,
  async handler(input, ctx, read) {
    const pair = myPair(ctx, read);
    const request = await fileRequest(ctx, {
      applicantId: pair.talentId,
      submit: { category: input.category, title: input.title, body: input.body, attachments: [] },
      auditAction: 'liaisons.fileForTalent',
      filedBy: ctx.identity.openId,
    });
    const on = todayOf(ctx);
    await recordContact(ctx, pair, {
      _id: `F-${request._id}`,
      kind: 'request',
      liaisonId: ctx.identity.openId,
      talentId: pair.talentId,
      on,
      month: on.slice(0, 7),
      topic: input.title,
      followUp: '',
      requestId: request._id,
      loggedAt: ctx.now,
    });
    return { requestId: request._id, status: request.status, talentId: pair.talentId };
  },
});
