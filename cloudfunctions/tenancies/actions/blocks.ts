import { randomInt, randomUUID } from 'node:crypto';
import { AppError, defineAction } from '../../../core/contract';
import { shanghaiDate } from '../../../core/dates';
import { allocationRules, blockHolderId, blockRequestRules, blockTerm } from '../../../core/housing/blocks';
import { changePeriods } from '../../../core/housing/unit-periods';
import { ONE_PER_HOUSEHOLD } from '../../../core/housing/eligibility';
import { tenanciesApi } from '../../../core/housing/tenancies-api';
import { leaseOfBlockUnit } from '../../../core/housing/lease';
import type { ApartmentBlock, ApartmentBuilding, BlockAllocation } from '../../../core/housing/records';
import { notEligible } from '../../../core/reasons';
import { blockNotice, type BlockNoticeEvent } from '../../../core/housing/notices';
import { storedPerson } from '../../../core/stays/application';
import { COLLECTIONS } from '../../_shared/collections';
import { notifyAfterChange } from '../../_shared/notify';
import { addOnce, isDuplicateWrite } from '../../_shared/duplicate';
import type { ActionContext } from '../../_shared/handler';
import { submitRecordId } from '../../_shared/idempotency';
import {
  auditBlock,
  blockNamed,
  blocksOfBuilding,
  blocksOfEmployers,
  findBlock,
  findInvite,
  insertBlock,
  insertInvite,
  releaseHolderClaim,
  removeInvite,
  setBlock,
  toBlockView,
} from '../../_shared/housing/blocks';
import { employersOfHr, unitsOf } from '../../_shared/housing/repository';
import { buildingNamed, changeUnit, findBuilding, findEmployer, policyOf, releaseUnit } from '../../_shared/housing/store';
import { identityHash } from '../../_shared/identity-hash';
import { sealerOf } from '../../_shared/pii';
import { employerRecord, STAFF, staffBuilding } from '../../_shared/housing/access';

const action = defineAction<ActionContext>();
const EMPLOYER = ['employer'] as const;
/** Letters and digits that cannot be mistaken for each other (no I, O, 0, 1), for codes read out or typed. */
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const newCode = () => Array.from({ length: 10 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

/** Tells each recipient (once each, none twice) of a decision on a block already written; never an error. */
async function tellBlock(
  ctx: ActionContext,
  recipients: ReadonlyArray<string | null | undefined>,
  input: {
    event: BlockNoticeEvent;
    block: ApartmentBlock;
    building: Pick<ApartmentBuilding, 'name'>;
    unitId?: string;
    data?: Record<string, unknown>;
  },
) {
  const notice = blockNotice({
    event: input.event,
    blockId: input.block._id,
    version: input.block.version,
    unitId: input.unitId,
    buildingName: input.building.name,
    data: input.data,
  });
  // At once: a notice never fails its change (`notifyAfterChange`).
  await Promise.all(
    [...new Set(recipients.filter((r): r is string => Boolean(r)))].map((recipient) => notifyAfterChange(ctx, recipient, notice)),
  );
}

/** The block an operator acts on (as its action read it, `blockNamed`), with its building at the operator's station. */
async function staffBlock(ctx: ActionContext, block: ApartmentBlock) {
  const building = staffBuilding(ctx, await findBuilding(ctx.db, block.buildingId));
  return { block, building };
}

/**
 * An employer's HR (listed in the register for the credit code) asks for `units` units of a type in a building,
 * from `start` for `months` (at most the policy's lease term): pending until the building's operator allocates.
 */
export const applyBlock = action({
  ...tenanciesApi.applyBlock,
  roles: EMPLOYER,
  idempotent: true,
  async handler(input, ctx) {
    const employer = await findEmployer(ctx.db, input.creditCode);
    if (!employer?.active || !employer.hrOpenIds.includes(ctx.identity.openId)) throw new AppError('FORBIDDEN');
    const building = await findBuilding(ctx.db, input.buildingId);
    if (!building.active) throw new AppError('NOT_FOUND');
    const units = await unitsOf(ctx.db, building._id);
    const reasons = blockRequestRules({
      policy: policyOf(building),
      buildingHasUnitType: Boolean(building.unitTypes[input.unitType]),
      unitsOfType: units.filter((u) => u.type === input.unitType && u.status === 'available').length,
      units: input.units,
      start: input.start,
      months: input.months,
      today: shanghaiDate(ctx.now),
    });
    if (reasons.length > 0) throw notEligible(reasons);
    const block: ApartmentBlock = {
      _id: submitRecordId('blk', ctx.submitKey),
      buildingId: building._id,
      unitType: input.unitType,
      employer: { creditCode: employer._id, name: employer.name },
      requestedBy: ctx.identity.openId,
      units: input.units,
      start: input.start,
      months: input.months,
      end: blockTerm(input).end,
      status: 'pending',
      allocations: [],
      reason: null,
      version: 0,
      submittedAt: ctx.now,
      updatedAt: ctx.now,
    };
    try {
      await insertBlock(ctx.db, block);
    } catch (error) {
      if (isDuplicateWrite(error)) throw new AppError('CONFLICT');
      throw error;
    }
    await auditBlock(ctx, 'applyBlock', { ...block, status: 'pending' }, 'pending', { units: block.units, start: block.start });
    return toBlockView(block);
  },
});

/** The blocks of the caller's employers (the register lists the caller as their HR), newest first. */
export const employerBlocks = action({
  ...tenanciesApi.employerBlocks,
  roles: EMPLOYER,
  async handler(_input, ctx) {
    const codes = (await employersOfHr(ctx.db, ctx.identity.openId)).filter((e) => e.active).map((e) => e._id);
    if (codes.length === 0) return { items: [] };
    return { items: (await blocksOfEmployers(ctx.db, codes)).map(toBlockView) };
  },
});

/** HR withdraws a block the operator has not yet allocated. */
export const withdrawBlock = action({
  ...tenanciesApi.withdrawBlock,
  roles: EMPLOYER,
  prefetch: blockNamed,
  async handler(_input, ctx, read) {
    const block = await employerRecord(ctx, read);
    if (block.status !== 'pending') throw new AppError('CONFLICT');
    const fields = { status: 'withdrawn' as const, updatedAt: ctx.now };
    const version = await setBlock(ctx.db, { block, fields });
    await auditBlock(ctx, 'withdrawBlock', block, 'withdrawn');
    return toBlockView({ ...block, ...fields, version });
  },
});

/** A building's blocks (pending first, then by start), by status when asked: the operators' queue. */
export const blockQueue = action({
  ...tenanciesApi.blockQueue,
  roles: STAFF,
  prefetch: buildingNamed,
  async handler(input, ctx, read) {
    const building = staffBuilding(ctx, read);
    const found = await blocksOfBuilding(ctx.db, { buildingId: building._id, status: input.status });
    const rank = (b: ApartmentBlock) => (b.status === 'pending' ? 0 : 1);
    return { items: found.sort((a, b) => rank(a) - rank(b) || a.start.localeCompare(b.start)).map(toBlockView) };
  },
});

/**
 * The operator allocates the units listed (core `allocationRules`: as many as asked, of the type, in service).
 * Refused at once when a unit as read is taken for the period. Otherwise the block becomes `allocating` on its
 * version (of allocations racing for one block, one goes on), each unit is held for the block's period through
 * `changeUnit` (core `changePeriods` refuses any clash with another household's offer, lease or block), and the
 * block becomes allocated. A unit refused meanwhile: every unit this call held is given back, the block is pending
 * again, and CONFLICT.
 */
export const allocateBlock = action({
  ...tenanciesApi.allocateBlock,
  roles: STAFF,
  prefetch: blockNamed,
  async handler(input, ctx, read) {
    const { block, building } = await staffBlock(ctx, read);
    if (block.status !== 'pending') throw new AppError('CONFLICT');
    const units = await unitsOf(ctx.db, building._id);
    const reasons = allocationRules({ block, unitIds: input.unitIds, units });
    if (reasons.length > 0)
      throw new AppError('VALIDATION', {
        issues: reasons.map((r) => ({ path: 'unitIds', message: r.message[ctx.locale === 'en' ? 'en' : 'zh-CN'] })),
      });
    const today = shanghaiDate(ctx.now);
    const allocations: BlockAllocation[] = input.unitIds.map((unitId, i) => ({
      unitId,
      holderId: blockHolderId(block._id, i),
      tenant: null,
      ownerId: null,
      leaseId: null,
      confirmedAt: null,
    }));
    const hold = (a: BlockAllocation) => ({ kind: 'hold', holderId: a.holderId, start: block.start, end: block.end }) as const;
    // Refused on the units as read: nothing is written.
    for (const a of allocations) {
      const unit = units.find((u) => u._id === a.unitId)!;
      const precheck = changePeriods({ unitId: unit._id, periods: unit.periods, change: hold(a), today });
      if (!precheck.ok) throw new AppError('CONFLICT', { message: precheck.reasons[0].message, details: { reasons: precheck.reasons } });
    }
    const claimed = { _id: block._id, version: await setBlock(ctx.db, { block, fields: { status: 'allocating', updatedAt: ctx.now } }) };
    const held: BlockAllocation[] = [];
    try {
      for (const a of allocations) {
        await changeUnit(ctx.db, { unitId: a.unitId, change: hold(a), today, now: ctx.now });
        held.push(a);
      }
    } catch (error) {
      for (const a of held) await giveBack(ctx, { unitId: a.unitId, holderId: a.holderId, today });
      await setBlock(ctx.db, { block: claimed, fields: { status: 'pending', updatedAt: block.updatedAt } });
      throw error;
    }
    const fields = { status: 'allocated' as const, allocations, allocatedBy: ctx.identity.openId, allocatedOn: today, updatedAt: ctx.now };
    const version = await setBlock(ctx.db, { block: claimed, fields });
    await auditBlock(ctx, 'allocateBlock', block, 'allocated', { unitIds: input.unitIds });
    await tellBlock(ctx, [block.requestedBy], {
      event: 'allocated',
      block,
      building,
      data: { units: block.units, start: block.start, end: block.end, unitIds: input.unitIds },
    });
    return toBlockView({ ...block, ...fields, version });
  },
});

/** A release is never refused, only outrun by other writers of the unit: it is tried until it is written. */
async function giveBack(ctx: ActionContext, input: { unitId: string; holderId: string; today: string }) {
  for (let round = 1; ; round += 1) {
    try {
      return await releaseUnit(ctx.db, { ...input, now: ctx.now });
    } catch (error) {
      if (round >= 5 || !(error instanceof AppError) || error.code !== 'CONFLICT') throw error;
    }
  }
}

/** The operator rejects a pending block, with a reason HR reads. */
export const rejectBlock = action({
  ...tenanciesApi.rejectBlock,
  roles: STAFF,
  freeText: ['reason'],
  prefetch: blockNamed,
  async handler(input, ctx, read) {
    const { block, building } = await staffBlock(ctx, read);
    if (block.status !== 'pending') throw new AppError('CONFLICT');
    const fields = { status: 'rejected' as const, reason: input.reason, updatedAt: ctx.now };
    const version = await setBlock(ctx.db, { block, fields });
    await auditBlock(ctx, 'rejectBlock', block, 'rejected', { reason: input.reason });
    await tellBlock(ctx, [block.requestedBy], { event: 'rejected', block, building, data: { reason: input.reason } });
    return toBlockView({ ...block, ...fields, version });
  },
});

/**
 * HR names the tenant of one unit of an allocated block (renaming is allowed until the tenant confirms). The
 * tenant's household takes its one claim (`apartment_claims`, as an application does), and a code is made for HR
 * to pass on: with it and their identity document the tenant confirms (`confirmTenancy`).
 */
export const nameTenant = action({
  ...tenanciesApi.nameTenant,
  roles: EMPLOYER,
  personalData: true,
  async handler(input, ctx) {
    const block = await employerRecord(ctx, await findBlock(ctx.db, input.id));
    if (block.status !== 'allocated') throw new AppError('CONFLICT');
    const index = block.allocations.findIndex((a) => a.unitId === input.unitId);
    if (index === -1) throw new AppError('NOT_FOUND');
    const allocation = block.allocations[index];
    if (allocation.ownerId || allocation.lapsed) throw new AppError('CONFLICT');
    const idHash = identityHash(input.tenant.identityDocument, ctx.config.idHashKey);
    const claim = { _id: idHash, applicationId: allocation.holderId, at: ctx.now, call: randomUUID() };
    const sameHousehold = allocation.tenant?.idHash === idHash;
    if (!sameHousehold && !(await addOnce(ctx.db, COLLECTIONS.apartmentClaims, claim))) throw notEligible([ONE_PER_HOUSEHOLD]);
    const code = newCode();
    await insertInvite(ctx.db, { _id: code, blockId: block._id, holderId: allocation.holderId, createdAt: ctx.now });
    const tenant = { person: storedPerson(input.tenant, sealerOf(ctx.config.pii)), idHash, namedAt: ctx.now, code };
    const allocations = block.allocations.map((a, i) => (i === index ? { ...a, tenant } : a));
    let version: number;
    try {
      version = await setBlock(ctx.db, { block, fields: { allocations, updatedAt: ctx.now } });
    } catch (error) {
      await removeInvite(ctx.db, code);
      if (!sameHousehold) await releaseHolderClaim(ctx.db, idHash, allocation.holderId);
      throw error;
    }
    // The tenant named before (if any) is no longer: their code and claim go.
    if (allocation.tenant) {
      await removeInvite(ctx.db, allocation.tenant.code);
      if (!sameHousehold) await releaseHolderClaim(ctx.db, allocation.tenant.idHash, allocation.holderId);
    }
    await auditBlock(ctx, 'nameTenant', block, block.status, { unitId: input.unitId });
    const building = await findBuilding(ctx.db, block.buildingId);
    await tellBlock(ctx, [block.requestedBy, ctx.identity.openId], { event: 'tenantNamed', block, building, unitId: input.unitId });
    return toBlockView({ ...block, allocations, updatedAt: ctx.now, version });
  },
});

/**
 * The named tenant confirms, with the code HR passed on and their identity document (it must be the one named;
 * to anyone else the code does not exist): the lease of the unit for the block's period is made, in their name and
 * account, from the building's rent, the policy's share and the deposit. The unit is already held for it.
 */
export const confirmTenancy = action({
  ...tenanciesApi.confirmTenancy,
  roles: [],
  idempotent: true,
  async handler(input, ctx) {
    const invite = await findInvite(ctx.db, input.code);
    if (!invite) throw new AppError('NOT_FOUND');
    const block = await findBlock(ctx.db, invite.blockId);
    const index = block.allocations.findIndex((a) => a.holderId === invite.holderId);
    const allocation = block.allocations[index];
    const idHash = identityHash(input.identityDocument, ctx.config.idHashKey);
    if (!allocation?.tenant || allocation.tenant.code !== input.code || allocation.tenant.idHash !== idHash)
      throw new AppError('NOT_FOUND');
    if (block.status !== 'allocated' || allocation.ownerId || allocation.lapsed) throw new AppError('CONFLICT');
    const building = await findBuilding(ctx.db, block.buildingId);
    const lease = leaseOfBlockUnit({
      block,
      allocation,
      tenantName: allocation.tenant.person.name,
      ownerId: ctx.identity.openId,
      building,
      policy: policyOf(building),
      at: ctx.now,
    });
    const confirmed = { ...allocation, ownerId: ctx.identity.openId, leaseId: lease._id, confirmedAt: ctx.now };
    const allocations = block.allocations.map((a, i) => (i === index ? confirmed : a));
    await setBlock(ctx.db, { block, fields: { allocations, updatedAt: ctx.now } });
    await addOnce(ctx.db, COLLECTIONS.apartmentLeases, lease);
    await removeInvite(ctx.db, input.code);
    await auditBlock(ctx, 'confirmTenancy', block, block.status, { unitId: allocation.unitId, leaseId: lease._id });
    await tellBlock(ctx, [block.requestedBy, block.allocatedBy, ctx.identity.openId], {
      event: 'confirmed',
      block,
      building,
      unitId: allocation.unitId,
      data: { start: block.start, end: block.end, leaseId: lease._id },
    });
    return lease;
  },
});
