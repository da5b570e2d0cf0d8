import type * as z from 'zod';
import { AppError } from '../../../core/contract';
import type { Policy } from '../../../core/policies/model';
import type { policyView } from '../../../core/policies/replies';
import { COLLECTIONS } from '../collections';
import type { Database } from '../cloud';
import { findByIdOrNull } from '../applications';

/** The `policies` document: the policy as the admin wrote it, and who changed it last. */
export type StoredPolicy = Policy & { withdrawn: boolean; updatedAt: Date; updatedBy: string };

// The queries on the policy catalogue, each with the index of INDEXES.policies (collections.ts) that serves it;
// lookups and writes by `_id` use the primary key.

/** The catalogue holds a few hundred policies at most: read at once and searched in memory (core's matcher). */
const MAX_POLICIES = 1000;

/** The policies not withdrawn (`withdrawn`). */
export async function policiesInCatalogue(db: Database): Promise<StoredPolicy[]> {
  const { data } = await db.collection(COLLECTIONS.policies).where({ withdrawn: false }).limit(MAX_POLICIES).get();
  return data as StoredPolicy[];
}

/** Every policy, withdrawn ones included (the admin's list; `withdrawn` with both values). */
export async function allPolicies(db: Database): Promise<StoredPolicy[]> {
  const { data } = await db
    .collection(COLLECTIONS.policies)
    .where({ withdrawn: db.command.in([false, true]) })
    .limit(MAX_POLICIES)
    .get();
  return data as StoredPolicy[];
}

/** By `_id`, or null. */
export const findPolicy = (db: Database, id: string) => findByIdOrNull<StoredPolicy>(db, COLLECTIONS.policies, id);

export async function policyOrNotFound(db: Database, id: string): Promise<StoredPolicy> {
  const policy = await findPolicy(db, id);
  if (!policy) throw new AppError('NOT_FOUND');
  return policy;
}

/** The policy an action names (`input.id`), or NOT_FOUND, as its prefetch: read beside the caller's user (handler.ts). */
export const policyNamed = (input: { id: string }, ctx: { db: Database }) => policyOrNotFound(ctx.db, input.id);

/** The policy a question names (`input.policyId`), or null, as its prefetch: read beside the shell's checks (handler.ts). */
export const policyAskedAbout = (input: { policyId: string }, ctx: { db: Database }) => findPolicy(ctx.db, input.policyId);

/** Writes a policy whole, by `_id` (created when missing). */
export async function setPolicy(db: Database, stored: StoredPolicy): Promise<void> {
  const { _id, ...fields } = stored;
  await db.collection(COLLECTIONS.policies).doc(_id).set(fields);
}

/** Changes some fields of a policy, by `_id`. */
export async function updatePolicy(db: Database, id: string, change: Partial<Omit<StoredPolicy, '_id'>>): Promise<void> {
  await db.collection(COLLECTIONS.policies).doc(id).update(change);
}

/** The stored policy as the catalogue shows it: never `updatedBy`. */
export function toPolicyView(stored: StoredPolicy): z.input<typeof policyView> {
  return {
    _id: stored._id,
    title: stored.title,
    issuer: stored.issuer,
    summary: stored.summary,
    ...(stored.body ? { body: stored.body } : {}),
    ...(stored.url ? { url: stored.url } : {}),
    topics: stored.topics,
    validFrom: stored.validFrom,
    ...(stored.validTo ? { validTo: stored.validTo } : {}),
    conditions: stored.conditions,
    withdrawn: stored.withdrawn,
    updatedAt: stored.updatedAt,
  };
}
