import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { liaisonsApi } from '../../../core/liaisons/api';
import type { ActionContext } from '../../_shared/handler';
import { notifyAfterChange } from '../../_shared/notify';
import { fileRequest } from '../../_shared/requests/submit';
import { activePair } from '../../_shared/liaisons/repository';

/**
 * A talent writes to their liaison "through a request": a service request they own, filed as `requests.submit`
 * files one, marked `forLiaison`, and the liaison is told (in-app and, when subscribed, WeChat). The liaison reads
 * it with the talent's other requests (`viewTalent`). A caller with no liaison: NOT_FOUND.
 */
export const askMyLiaison = defineAction<ActionContext>()({
  ...liaisonsApi.askMyLiaison,
  roles: [],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['title', 'body'],
  idempotent: true,
  /** Free text about the caller's own situation. */
  personalData: true,
  async handler(input, ctx) {
    const pair = await activePair(ctx.db, ctx.identity.openId);
    if (!pair) throw new AppError('NOT_FOUND');
    const request = await fileRequest(ctx, {
      applicantId: ctx.identity.openId,
      submit: { ...input, attachments: [] },
      auditAction: 'liaisons.askMyLiaison',
      forLiaison: pair.liaisonId,
    });
    await notifyAfterChange(ctx, pair.liaisonId, {
      key: `liaison-asked:${request._id}`,
      template: 'liaison_asked',
      data: { requestId: request._id, title: request.title, talentId: pair.talentId, talentName: ctx.user?.displayName ?? '' },
    });
    return { requestId: request._id, status: request.status, talentId: pair.talentId };
  },
});
