import { requestsApi } from '../../../core/requests/api';
import { SUBMIT_RATE_LIMIT } from '../../../core/abuse/rate-limit';
import { randomBytes } from 'node:crypto';
import { shanghaiDateOf } from '../../../core/calendar';
import { AppError, defineAction } from '../../../core/contract';
import { newRequest, toApplicantView } from '../../../core/requests';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { insertRequest } from '../../_shared/requests/repository';
import { findCatalogEntry } from '../../_shared/requests/catalog';

/** A readable id: the Shanghai date and a random tail, e.g. `R20261123-5f3a9c`. */
const newId = (now: Date) => `R${shanghaiDateOf(now).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;

/** 提交诉求: any signed-in user files a request in one of the active categories. Idempotent by requestId. */
export const submit = defineAction<ActionContext>()({
  ...requestsApi.submit,
  roles: [],
  uploads: ['attachments'],
  rateLimit: SUBMIT_RATE_LIMIT,
  freeText: ['title', 'body'],
  idempotent: true,
  /** Free text and files about the caller's own situation. */
  personalData: true,
  async handler(input, ctx) {
    if (!(await findCatalogEntry(ctx.db, COLLECTIONS.categories, input.category))?.active) {
      throw new AppError('VALIDATION', {
        issues: [{ path: 'category', message: ctx.locale === 'en' ? 'Unknown category' : '诉求类别不存在' }],
      });
    }
    const request = newRequest({ id: newId(ctx.now), applicantId: ctx.identity.openId, submit: input, now: ctx.now });
    await insertRequest(ctx.db, request);
    await recordAudit(
      { ...ctx, action: 'requests.submit' },
      { target: { collection: COLLECTIONS.requests, id: request._id }, before: null, after: 'submitted' },
    );
    return toApplicantView(request);
  },
});
