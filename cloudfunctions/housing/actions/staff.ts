import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { housingApi } from '../../../core/housing/api';
import type { ApartmentLease } from '../../../core/housing/records';
import { rankWaitingList } from '../../../core/housing/waiting-list';
import { recordAudit } from '../../_shared/audit';
import { COLLECTIONS } from '../../_shared/collections';
import type { ActionContext } from '../../_shared/handler';
import { releaseBlockTenantClaim } from '../../_shared/housing/blocks';
import { buildingLeases, endLease, recordLeaseMoveIn } from '../../_shared/housing/repository';
import {
  buildingNamed,
  changeUnit,
  findBuilding,
  leaseNamed,
  policyOf,
  tell,
  toApartmentView,
  unitNamed,
  waitingApplications,
  waitingEntryOf,
} from '../../_shared/housing/store';
import { STAFF, staffBuilding } from '../../_shared/housing/access';
import { endLeasedApplication } from '../../_shared/housing/lifecycle';
import { offerUnit } from '../../_shared/housing/offer';

const action = defineAction<ActionContext>();
/** A building's waiting list for one unit type, in serving order (core rankWaitingList). */
export const waitingList = action({
  ...housingApi.waitingList,
  roles: STAFF,
  prefetch: buildingNamed,
  async handler(input, ctx, read) {
    const building = staffBuilding(ctx, read);
    const apps = await waitingApplications(ctx.db, building._id, input.unitType);
    const byId = new Map(apps.map((a) => [a._id, a]));
    const ranked = rankWaitingList(policyOf(building), apps.map(waitingEntryOf));
    return { items: ranked.map((r) => ({ ...toApartmentView(byId.get(r.id)!), tier: r.tier, position: r.position })) };
  },
});

/** Offers a unit from `start` to the head of the building's list for the unit's type (`offerUnit`). */
export const offer = action({
  ...housingApi.offer,
  roles: STAFF,
  idempotent: true,
  prefetch: unitNamed,
  async handler(input, ctx, unit) {
    const building = staffBuilding(ctx, await findBuilding(ctx.db, unit.buildingId));
    if (input.start < shanghaiDate(ctx.now))
      throw new AppError('VALIDATION', {
        issues: [{ path: 'start', message: ctx.locale === 'en' ? 'The start cannot be in the past' : '起租日期不能早于今天' }],
      });
    return offerUnit(ctx, { unit, building, start: input.start, auditAction: 'housing.offer' });
  },
});

/** A building's leases, ending soonest first; by status when asked. */
export const leases = action({
  ...housingApi.leases,
  roles: STAFF,
  prefetch: buildingNamed,
  async handler(input, ctx, read) {
    const building = staffBuilding(ctx, read);
    const found = await buildingLeases(ctx.db, { buildingId: building._id, status: input.status });
    return { items: found.sort((a, b) => a.end.localeCompare(b.end)) };
  },
});

/** The lease an operator acts on (as its action read it, `leaseNamed`): of a building at the operator's station. */
async function staffLease(ctx: ActionContext, lease: ApartmentLease) {
  staffBuilding(ctx, await findBuilding(ctx.db, lease.buildingId));
  return lease;
}

/** The move-in, with its checklist, recorded once. */
export const recordMoveIn = action({
  ...housingApi.recordMoveIn,
  roles: STAFF,
  prefetch: leaseNamed,
  async handler(input, ctx, read) {
    const lease = await staffLease(ctx, read);
    if (lease.status === 'ended' || lease.moveIn) throw new AppError('CONFLICT');
    const moveIn = { on: shanghaiDate(ctx.now), checklist: input.checklist };
    if (!(await recordLeaseMoveIn(ctx.db, { leaseId: lease._id, moveIn, now: ctx.now }))) throw new AppError('CONFLICT');
    await recordAudit(
      { ...ctx, action: 'housing.recordMoveIn' },
      { target: { collection: COLLECTIONS.apartmentLeases, id: lease._id }, before: lease.status, after: lease.status },
    );
    return { ...lease, moveIn, updatedAt: ctx.now };
  },
});

/**
 * The move-out inspection: the lease ends today (or on its end, if that has passed), the unit is free from then on,
 * the application ends and the household may apply again.
 */
export const recordMoveOut = action({
  ...housingApi.recordMoveOut,
  roles: STAFF,
  freeText: ['inspection'],
  prefetch: leaseNamed,
  async handler(input, ctx, read) {
    const lease = await staffLease(ctx, read);
    if (lease.status === 'ended') throw new AppError('CONFLICT');
    const today = shanghaiDate(ctx.now);
    const end = today < lease.end ? (today > lease.start ? today : lease.start) : lease.end;
    const fields = {
      status: 'ended' as const,
      end,
      moveOut: { on: today, inspection: input.inspection, deductions: input.deductions },
      updatedAt: ctx.now,
    };
    if (!(await endLease(ctx.db, { lease, fields }))) throw new AppError('CONFLICT');
    const change =
      end > lease.start
        ? ({ kind: 'shorten', holderId: lease.applicationId, end } as const)
        : ({ kind: 'release', holderId: lease.applicationId } as const);
    if (end < lease.end || end === lease.start) await changeUnit(ctx.db, { unitId: lease.unitId, change, today, now: ctx.now });
    if (lease.blockId) {
      // A unit of an employer's block: the named tenant's household claim goes (the block keeps its record).
      await releaseBlockTenantClaim(ctx.db, { blockId: lease.blockId, holderId: lease.applicationId });
    } else {
      await endLeasedApplication(ctx.db, { applicationId: lease.applicationId, now: ctx.now });
    }
    await recordAudit(
      { ...ctx, action: 'housing.recordMoveOut' },
      {
        target: { collection: COLLECTIONS.apartmentLeases, id: lease._id },
        before: lease.status,
        after: 'ended',
        note: { deductions: input.deductions },
      },
    );
    const building = staffBuilding(ctx, await findBuilding(ctx.db, lease.buildingId));
    await tell(ctx, {
      recipient: lease.ownerId,
      event: 'movedOut',
      recordId: lease._id,
      version: lease.updatedAt,
      buildingName: building.name,
    });
    return { ...lease, ...fields };
  },
});
