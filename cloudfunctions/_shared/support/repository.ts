import { AppError } from '../../../core/contract';
import { DEFAULT_SUPPORT_POLICY, supportPolicySchema, type SupportKind, type SupportPolicy } from '../../../core/housing/support';
import {
  SUPPORT_POLICY_ID,
  type SupportApplication,
  type SupportDisbursement,
  type SupportStatus,
} from '../../../core/housing/support-records';
import { findById, findByIdOrNull, setIfStill, storedWhole } from '../applications';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { addOnce } from '../duplicate';

// The support function's queries, each with the index of INDEXES (collections.ts) that serves it; lookups and
// writes by `_id` use the primary key. An application changes only by compare-and-set on its `version`.

// --- Policy (INDEXES.support_settings) ---

/** The district's support policy as the admin set it, or core's default (`_id`). */
export async function supportPolicyOf(db: Database): Promise<SupportPolicy> {
  const stored = await findByIdOrNull<{ policy: unknown }>(db, COLLECTIONS.supportSettings, SUPPORT_POLICY_ID);
  const parsed = supportPolicySchema.safeParse(stored?.policy);
  return parsed.success ? parsed.data : DEFAULT_SUPPORT_POLICY;
}

/** Replaces the policy whole (`_id`). */
export async function putSupportPolicy(db: Database, input: { policy: SupportPolicy; now: Date }): Promise<void> {
  await db.collection(COLLECTIONS.supportSettings).doc(SUPPORT_POLICY_ID).set({ policy: input.policy, updatedAt: input.now });
}

// --- Applications (INDEXES.support_applications) ---

/** The application, or NOT_FOUND (`_id`). */
export const findSupport = (db: Database, id: string) => findById<SupportApplication>(db, COLLECTIONS.supportApplications, id);

/** The application an action names (`input.id`), as its prefetch: read beside the caller's user (handler.ts). */
export const supportNamed = (input: { id: string }, ctx: { db: Database }) => findSupport(ctx.db, input.id);

export async function insertSupport(db: Database, app: SupportApplication): Promise<void> {
  await db.collection(COLLECTIONS.supportApplications).add(app);
}

/** The owner's applications, newest first, at most 20 (`owner_submitted`). */
export async function supportOf(db: Database, ownerId: string): Promise<SupportApplication[]> {
  const { data } = await db.collection(COLLECTIONS.supportApplications).where({ ownerId }).orderBy('submittedAt', 'desc').limit(20).get();
  return data as SupportApplication[];
}

/** The applications in these statuses (of one kind when given), oldest first, at most 200 (`status_kind_submitted`). */
export async function supportInStatus(
  db: Database,
  input: { statuses: readonly SupportStatus[]; kind?: SupportKind },
): Promise<SupportApplication[]> {
  const where = { status: db.command.in([...input.statuses]), ...(input.kind ? { kind: input.kind } : {}) };
  const { data } = await db.collection(COLLECTIONS.supportApplications).where(where).orderBy('submittedAt', 'asc').limit(200).get();
  return data as SupportApplication[];
}

/** Approved support whose next re-check month is `untilMonth` or earlier, at most `limit` (`status_recheck`). */
export async function rechecksDue(db: Database, input: { untilMonth: string; limit: number }): Promise<SupportApplication[]> {
  const { data } = await db
    .collection(COLLECTIONS.supportApplications)
    .where({ status: 'approved', nextRecheck: db.command.lte(input.untilMonth) })
    .limit(input.limit)
    .get();
  return data as SupportApplication[];
}

/**
 * Writes a change only if nobody changed the application since it was read (`_id` and `version`), moving the
 * version on; CONFLICT when someone did, not when this call did, its reply lost (`setIfStill`). Object values are
 * stored whole (`_.set`).
 */
export async function changeSupport(
  db: Database,
  input: { app: Pick<SupportApplication, '_id' | 'version'>; fields: Partial<Omit<SupportApplication, '_id' | 'version'>> },
): Promise<SupportApplication['version']> {
  const fields = storedWhole(db, input.fields);
  const version = input.app.version + 1;
  const where = { version: input.app.version };
  if (!(await setIfStill(db, COLLECTIONS.supportApplications, { id: input.app._id, where, update: { ...fields, version } })))
    throw new AppError('CONFLICT');
  return version;
}

// --- Claims (INDEXES.support_claims) ---

/** A person's claim of one kind of support: `<kind>:<idHash>`. */
export const supportClaimId = (app: Pick<SupportApplication, 'kind' | 'idHash'>) => `${app.kind}:${app.idHash}`;

/** Gives the claim back, only if it is still this application's (`_id`). */
export async function releaseClaim(db: Database, app: Pick<SupportApplication, '_id' | 'kind' | 'idHash'>): Promise<void> {
  await db
    .collection(COLLECTIONS.supportClaims)
    .where({ _id: supportClaimId(app), applicationId: app._id })
    .remove();
}

// --- Disbursements (INDEXES.support_disbursements) ---

/** Records a month paid once (`_id` = `<application>:<month>`); false when it was recorded already. */
export const insertDisbursement = (db: Database, row: SupportDisbursement) => addOnce(db, COLLECTIONS.supportDisbursements, row);

/** An application's months paid, at most 200 (`application_month`). */
export async function disbursementsOf(db: Database, applicationId: string): Promise<SupportDisbursement[]> {
  const { data } = await db.collection(COLLECTIONS.supportDisbursements).where({ applicationId }).orderBy('month', 'asc').limit(200).get();
  return data as SupportDisbursement[];
}

/** The disbursements paid between two days, both included, by day, at most `limit` (`paid`). */
export async function disbursementsPaid(db: Database, input: { from: string; to: string; limit: number }): Promise<SupportDisbursement[]> {
  const _ = db.command;
  const { data } = await db
    .collection(COLLECTIONS.supportDisbursements)
    .where({ paidOn: _.gte(input.from).and(_.lte(input.to)) })
    .orderBy('paidOn', 'asc')
    .limit(input.limit)
    .get();
  return data as SupportDisbursement[];
}
