import { randomBytes } from 'node:crypto';
import { shanghaiDateOf } from '../../../core/calendar';
import { AppError } from '../../../core/contract';
import { newRequest, type ServiceRequest, type SubmitInput } from '../../../core/requests';
import { recordAudit } from '../audit';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { findCatalogEntry } from './catalog';
import { insertRequest } from './repository';

/** A readable id: the Shanghai date and a random tail, e.g. `R20261123-5f3a9c`. */
const newId = (now: Date) => `R${shanghaiDateOf(now).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;

/** The category a request names, active or not; null when there is none (an action's `prefetch` may read it). */
export const categoryOf = (db: ActionContext['db'], id: string) => findCatalogEntry(db, COLLECTIONS.categories, id);

/**
 * Files a service request (诉求) for `applicantId`, in one of the active categories: `requests.submit` for the
 * caller, `policies.askAbout` about a policy, `liaisons.fileForTalent` by a liaison for their talent (`filedBy`),
 * `liaisons.askMyLiaison` to the caller's liaison (`forLiaison`).
 * The one path a request is created by: same checks, same document, same audit line (`<auditAction>`).
 * `category`: the category as the action read it already (`categoryOf`); read here otherwise.
 */
export async function fileRequest(
  ctx: ActionContext,
  input: {
    applicantId: string;
    submit: SubmitInput;
    auditAction: string;
    filedBy?: string;
    forLiaison?: string;
    policyId?: string;
    category?: Awaited<ReturnType<typeof categoryOf>>;
  },
): Promise<ServiceRequest> {
  const { submit } = input;
  const category = input.category === undefined ? await categoryOf(ctx.db, submit.category) : input.category;
  if (!category?.active) {
    throw new AppError('VALIDATION', {
      issues: [{ path: 'category', message: ctx.locale === 'en' ? 'Unknown category' : '诉求类别不存在' }],
    });
  }
  const request: ServiceRequest = {
    ...newRequest({ id: newId(ctx.now), applicantId: input.applicantId, submit, now: ctx.now }),
    ...(input.filedBy ? { filedBy: input.filedBy } : {}),
    ...(input.forLiaison ? { forLiaison: input.forLiaison } : {}),
    ...(input.policyId ? { policyId: input.policyId } : {}),
  };
  await insertRequest(ctx.db, request);
  const { _id } = request;
  await recordAudit(
    { ...ctx, action: input.auditAction },
    {
      target: { collection: COLLECTIONS.requests, id: _id },
      before: null,
      after: 'submitted',
      ...(input.filedBy ? { note: { onBehalfOf: input.applicantId } } : {}),
    },
  );
  return request;
}
