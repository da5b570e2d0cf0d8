import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { housingApi } from '../../../core/housing/api';
import type { ApartmentApplication } from '../../../core/housing/records';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { awaitingEmployers, employersOfHr } from '../../_shared/housing/repository';
import { applicationNamed, findBuilding, releaseClaim, setApplication, tell, toApartmentView } from '../../_shared/housing/store';
import { employerRecord } from '../../_shared/housing/access';

const action = defineAction<ActionContext>();
const EMPLOYER = ['employer'] as const;

/** The applications naming the caller's employers (the register lists the caller as their HR), awaiting confirmation. */
export const employerQueue = action({
  ...housingApi.employerQueue,
  roles: EMPLOYER,
  async handler(_input, ctx) {
    const employers = await employersOfHr(ctx.db, ctx.identity.openId);
    const codes = employers.filter((e) => e.active).map((e) => e._id);
    if (codes.length === 0) return { items: [] };
    const items = (await awaitingEmployers(ctx.db, codes)).sort(
      (a, b) => new Date(a.submittedAt).getTime() - new Date(b.submittedAt).getTime(),
    );
    return { items: items.map(toApartmentView) };
  },
});

async function decide(ctx: ActionContext, input: { read: ApartmentApplication; confirm: boolean; reason?: string }) {
  const app = await employerRecord(ctx, input.read);
  if (app.status !== 'awaiting-employer') throw new AppError('CONFLICT');
  // Past the last day the application has lapsed, whether or not the scheduler has run yet.
  if (app.employerDueOn < shanghaiDate(ctx.now))
    throw new AppError('CONFLICT', {
      message: { 'zh-CN': '确认期限已过，该申请已失效', en: 'The time to confirm has passed; the application has lapsed' },
    });
  const fields: Partial<ApartmentApplication> = input.confirm
    ? { status: 'waiting', queuedAt: ctx.now, updatedAt: ctx.now }
    : { status: 'employer-denied', reason: input.reason ?? null, updatedAt: ctx.now };
  await setApplication(ctx.db, { id: app._id, from: 'awaiting-employer', fields });
  if (!input.confirm) await releaseClaim(ctx.db, app);
  await recordAudit(
    { ...ctx, action: input.confirm ? 'housing.confirmEmployment' : 'housing.denyEmployment' },
    {
      target: { collection: COLLECTIONS.apartmentApplications, id: app._id },
      before: app.status,
      after: fields.status ?? null,
      ...(input.reason ? { note: { reason: input.reason } } : {}),
    },
  );
  const building = await findBuilding(ctx.db, app.buildingId);
  await tell(ctx, {
    recipient: app.ownerId,
    event: input.confirm ? 'confirmed' : 'denied',
    recordId: app._id,
    version: app.updatedAt,
    buildingName: building.name,
    ...(input.reason ? { data: { reason: input.reason } } : {}),
  });
  return toApartmentView({ ...app, ...fields });
}

/** The employer's HR confirms the applicant works for them: the application joins the building's waiting list. */
export const confirmEmployment = action({
  ...housingApi.confirmEmployment,
  roles: EMPLOYER,
  prefetch: applicationNamed,
  handler: (_input, ctx, read) => decide(ctx, { read, confirm: true }),
});

/** The employer's HR denies it, with a reason the applicant reads; the household may apply again. */
export const denyEmployment = action({
  ...housingApi.denyEmployment,
  roles: EMPLOYER,
  freeText: ['reason'],
  prefetch: applicationNamed,
  handler: (input, ctx, read) => decide(ctx, { read, confirm: false, reason: input.reason }),
});
