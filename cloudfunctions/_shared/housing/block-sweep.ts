import type { CalendarSet } from '../../../core/calendar/year-calendar';
import { shanghaiDate } from '../../../core/dates';
import { blockHolds, isStaleAllocation, lapsingBlockUnits } from '../../../core/housing/blocks';
import { blockNotice } from '../../../core/housing/notices';
import type { ApartmentBlock, ApartmentBuilding, BlockAllocation } from '../../../core/housing/records';
import { COLLECTIONS } from '../collections';
import type { ActionContext } from '../handler';
import { notifyAfterChange } from '../notify';
import { skipConflict } from '../skip-conflict';
import { auditBlock, releaseHolderClaim, removeInvite, setBlock } from './blocks';
import { unitsOf } from './repository';
import { buildingReader, policyOf, releaseUnit } from './store';

type SweepContext = Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'>;

/** Allocated blocks read per run, a page at a time (a district has tens). */
const MAX_PAGES = 20;

/**
 * An allocation whose call died half-way (`isStaleAllocation`: still `allocating` long after any call could run)
 * gives back whatever it held, found on the building's units (`blockHolds`), and the block is pending again in the
 * operators' queue. Released first: a run that stops between finds the block still `allocating` and goes on.
 */
async function rollBack(ctx: SweepContext, block: ApartmentBlock): Promise<boolean> {
  const today = shanghaiDate(ctx.now);
  // A unit outrun by other writers (CONFLICT) leaves the block as it is, for the next run.
  return skipConflict(async () => {
    for (const held of blockHolds(block, await unitsOf(ctx.db, block.buildingId)))
      await releaseUnit(ctx.db, { ...held, today, now: ctx.now });
    await setBlock(ctx.db, { block, fields: { status: 'pending', updatedAt: ctx.now } });
    await auditBlock(ctx, 'rollBackAllocation', block, 'pending', { stuckSince: block.updatedAt });
  });
}

/** The lapse rule's view of a stored allocation. */
const lapseView = (a: BlockAllocation) => ({
  holderId: a.holderId,
  unitId: a.unitId,
  namedOn: a.tenant ? shanghaiDate(a.tenant.namedAt) : null,
  confirmed: Boolean(a.ownerId),
  lapsed: Boolean(a.lapsed),
});

/**
 * Units of an allocated block nobody acted on in time (core `lapsingBlockUnits`) are marked lapsed on the block
 * first (compare-and-set: a tenant confirming at the same moment wins, and the unit stays theirs), HR is told, and
 * then each lapsed unit's hold, the named tenant's household claim and code are given back and the block records
 * that they were (`released`), so a run that stops half-way is finished by the next one.
 */
async function lapseUnits(ctx: SweepContext, block: ApartmentBlock, building: ApartmentBuilding, calendars: CalendarSet): Promise<number> {
  const today = shanghaiDate(ctx.now);
  const lapsing = lapsingBlockUnits({
    block: { ...block, allocatedOn: block.allocatedOn ?? null, allocations: block.allocations.map(lapseView) },
    policy: policyOf(building),
    today,
    calendars,
  });
  let current = block;
  if (lapsing.length > 0) {
    const byHolder = new Map(lapsing.map((l) => [l.holderId, l]));
    const allocations = block.allocations.map((a) => {
      const l = byHolder.get(a.holderId);
      return l ? { ...a, lapsed: { on: today, why: l.why, released: false } } : a;
    });
    const marked = await skipConflict(async () => {
      const version = await setBlock(ctx.db, { block, fields: { allocations, updatedAt: ctx.now } });
      current = { ...block, allocations, updatedAt: ctx.now, version };
    });
    if (!marked) return 0;
    await auditBlock(ctx, 'lapseBlockUnits', block, block.status, { units: lapsing });
    const notice = blockNotice({
      event: 'unitsLapsed',
      blockId: block._id,
      version: block.version,
      buildingName: building.name,
      data: { unitIds: lapsing.map((l) => l.unitId).join(', ') },
    });
    await notifyAfterChange(ctx, block.requestedBy, notice);
  }
  const unreleased = current.allocations.filter((a) => a.lapsed && !a.lapsed.released);
  if (unreleased.length === 0) return lapsing.length;
  // Each step gives back nothing twice; one outrun (CONFLICT) leaves `released` unset for the next run.
  await skipConflict(async () => {
    for (const a of unreleased) {
      await releaseUnit(ctx.db, { unitId: a.unitId, holderId: a.holderId, today, now: ctx.now });
      if (a.tenant) {
        await releaseHolderClaim(ctx.db, a.tenant.idHash, a.holderId);
        await removeInvite(ctx.db, a.tenant.code);
      }
    }
    const released = current.allocations.map((a) => (a.lapsed ? { ...a, lapsed: { ...a.lapsed, released: true } } : a));
    await setBlock(ctx.db, { block: current, fields: { allocations: released, updatedAt: ctx.now } });
  });
  return lapsing.length;
}

/**
 * The scheduler's employer-block step: stale allocations are rolled back, and units of allocated blocks not named
 * or not confirmed in time (policy working days) go back to the building. Both are safe to run again.
 */
export async function sweepBlocks(
  ctx: SweepContext,
  input: { limit: number; calendars: CalendarSet },
): Promise<{ allocationsRolledBack: number; unitsLapsed: number }> {
  const { db, now } = ctx;
  const _ = db.command;
  const blocks = db.collection(COLLECTIONS.apartmentBlocks);
  const result = { allocationsRolledBack: 0, unitsLapsed: 0 };

  const { data: allocating } = await blocks.where({ status: 'allocating' }).limit(input.limit).get();
  for (const block of (allocating as ApartmentBlock[]).filter((b) => isStaleAllocation(b, now)))
    if (await rollBack(ctx, block)) result.allocationsRolledBack += 1;

  const buildingOf = buildingReader(db);
  let after = '';
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const { data } = await blocks
      .where({ status: 'allocated', _id: _.gt(after) })
      .orderBy('_id', 'asc')
      .limit(input.limit)
      .get();
    const found = data as ApartmentBlock[];
    for (const block of found) {
      result.unitsLapsed += await lapseUnits(ctx, block, await buildingOf(block.buildingId), input.calendars);
    }
    if (found.length < input.limit) break;
    after = found[found.length - 1]._id;
  }
  return result;
}
