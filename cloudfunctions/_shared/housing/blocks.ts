import type { BlockStatus } from '../../../core/housing/blocks';
import type { ApartmentBlock, ApartmentLease, BlockAllocation, BlockInvite } from '../../../core/housing/records';
import type { Person } from '../../../core/stays/model';
import { withoutSealed } from '../../../core/personal-data';
import { AppError } from '../../../core/contract';
import { findById, findByIdOrNull, setIfStill } from '../applications';
import { COLLECTIONS } from '../collections';
import { insertOwn } from '../duplicate';
import type { Database } from '../cloud';
import { recordAudit } from '../audit';
import { findApplication } from './store';

// Employers' blocks of units (housing.applyBlock … confirmTenancy): their queries, each with the index of INDEXES
// (collections.ts) that serves it; the units' periods are written only by store.ts `changeUnit`.

/** An audit entry of a change to a block (`housing.<name>`), from its status as read to `after`. */
export const auditBlock = (
  ctx: Omit<Parameters<typeof recordAudit>[0], 'action'>,
  name: string,
  block: Pick<ApartmentBlock, '_id' | 'status'>,
  after: string,
  note?: Record<string, unknown>,
) =>
  recordAudit(
    { ...ctx, action: `housing.${name}` },
    { target: { collection: COLLECTIONS.apartmentBlocks, id: block._id }, before: block.status, after, ...(note ? { note } : {}) },
  );

export const findBlock = (db: Database, id: string) => findById<ApartmentBlock>(db, COLLECTIONS.apartmentBlocks, id);

/** The block an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const blockNamed = (input: { id: string }, ctx: { db: Database }) => findBlock(ctx.db, input.id);

export const insertBlock = (db: Database, block: ApartmentBlock): Promise<void> => insertOwn(db, COLLECTIONS.apartmentBlocks, block);

/** The blocks of these employers, newest first, at most 100 (`employer_submitted`). */
export async function blocksOfEmployers(db: Database, creditCodes: readonly string[]): Promise<ApartmentBlock[]> {
  const { data } = await db
    .collection(COLLECTIONS.apartmentBlocks)
    .where({ 'employer.creditCode': db.command.in([...creditCodes]) })
    .orderBy('submittedAt', 'desc')
    .limit(100)
    .get();
  return data as ApartmentBlock[];
}

/** A building's blocks, by status when given, at most 200 (`building_status`). */
export async function blocksOfBuilding(db: Database, input: { buildingId: string; status?: BlockStatus }): Promise<ApartmentBlock[]> {
  const where = { buildingId: input.buildingId, ...(input.status ? { status: input.status } : {}) };
  const { data } = await db.collection(COLLECTIONS.apartmentBlocks).where(where).limit(200).get();
  return data as ApartmentBlock[];
}

/**
 * Changes a block only if nobody changed it since it was read at `version` (`_id`), moving the version on: of an
 * allocation, a rejection, a naming or a confirmation racing on one block, one passes; CONFLICT for the others.
 * A change applied though its reply was lost passes (its token, `setIfStill`).
 */
export async function setBlock(
  db: Database,
  input: { block: Pick<ApartmentBlock, '_id' | 'version'>; fields: Partial<Omit<ApartmentBlock, '_id' | 'version'>> },
): Promise<ApartmentBlock['version']> {
  const { allocations, ...rest } = input.fields;
  const version = input.block.version + 1;
  const update = { ...rest, version, ...(allocations ? { allocations: db.command.set(allocations) } : {}) };
  const changed = await setIfStill(db, COLLECTIONS.apartmentBlocks, {
    id: input.block._id,
    where: { version: input.block.version },
    update,
  });
  if (!changed) throw new AppError('CONFLICT');
  return version;
}

// --- Invites (`_id`: the code) ---

export const findInvite = (db: Database, code: string) => findByIdOrNull<BlockInvite>(db, COLLECTIONS.apartmentInvites, code);

export const insertInvite = (db: Database, invite: BlockInvite): Promise<void> => insertOwn(db, COLLECTIONS.apartmentInvites, invite);

export async function removeInvite(db: Database, code: string): Promise<void> {
  await db.collection(COLLECTIONS.apartmentInvites).doc(code).remove();
}

/** A block as HR and the operators see it: no identity hashes, no sealed numbers. */
export function toBlockView({ lastChange: _token, ...block }: ApartmentBlock) {
  return {
    ...block,
    allocations: block.allocations.map((a: BlockAllocation) => ({
      ...a,
      tenant: a.tenant ? { person: withoutSealed(a.tenant.person), namedAt: a.tenant.namedAt, code: a.tenant.code } : null,
    })),
  };
}

/** A household's claim (`apartment_claims`, `_id`), only if it is still this holder's. */
export async function releaseHolderClaim(db: Database, idHash: string, holderId: string): Promise<void> {
  await db.collection(COLLECTIONS.apartmentClaims).where({ _id: idHash, applicationId: holderId }).remove();
}

/** The household claim a block's tenant took when named (`apartment_claims`, only if it is still this unit's). */
export async function releaseBlockTenantClaim(db: Database, input: { blockId: string; holderId: string }): Promise<void> {
  const block = await findBlock(db, input.blockId);
  const tenant = block.allocations.find((a) => a.holderId === input.holderId)?.tenant;
  if (tenant) await releaseHolderClaim(db, tenant.idHash, input.holderId);
}

/** The tenant as the lease's records name them: the application's person, or the block's named tenant and employer. */
export async function leaseTenant(
  db: Database,
  lease: Pick<ApartmentLease, 'applicationId' | 'blockId'>,
): Promise<{ person: Person; employer: { name: string; creditCode: string } | null }> {
  if (lease.blockId) {
    const block = await findBlock(db, lease.blockId);
    const tenant = block.allocations.find((a) => a.holderId === lease.applicationId)?.tenant;
    if (!tenant) throw new AppError('NOT_FOUND');
    return { person: tenant.person, employer: block.employer };
  }
  const app = await findApplication(db, lease.applicationId);
  return { person: app.person, employer: null };
}
