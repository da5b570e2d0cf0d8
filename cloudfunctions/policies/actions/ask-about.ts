import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { AppError, defineAction } from '../../../core/contract';
import { policiesApi } from '../../../core/policies/api';
import { POLICY_REQUEST_CATEGORY } from '../../../core/policies/model';
import type { ActionContext } from '../../_shared/handler';
import { fileRequest } from '../../_shared/requests/submit';
import { policyAskedAbout } from '../../_shared/policies/repository';

const TITLE_MAX = 40;
const BODY_MAX = 1000;

/**
 * "Ask about this": opens a 政策咨询 service request about a policy of the catalogue, filed as `requests.submit`
 * files one (same checks, same document), with the policy named in its title and body and kept as `policyId`.
 */
export const askAbout = defineAction<ActionContext>()({
  ...policiesApi.askAbout,
  roles: [],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['question'],
  idempotent: true,
  /** Free text about the caller's own situation. */
  personalData: true,
  prefetch: policyAskedAbout,
  async handler(input, ctx, policy) {
    if (!policy || policy.withdrawn) throw new AppError('NOT_FOUND');
    const title = policy.title[ctx.locale];
    const prefix = ctx.locale === 'en' ? 'Policy: ' : '政策咨询：';
    const reference =
      ctx.locale === 'en' ? `\n\n(About the policy "${title}", id ${policy._id})` : `\n\n（咨询政策：《${title}》，编号 ${policy._id}）`;
    const request = await fileRequest(ctx, {
      applicantId: ctx.identity.openId,
      submit: {
        category: POLICY_REQUEST_CATEGORY,
        title: `${prefix}${title}`.slice(0, TITLE_MAX),
        body: `${input.question}${reference}`.slice(0, BODY_MAX),
        attachments: [],
      },
      auditAction: 'policies.askAbout',
      policyId: policy._id,
    });
    return { requestId: request._id, status: request.status, policyId: policy._id };
  },
});
