import { AppError } from '../../core/contract';
import { notEligible, type Reason } from '../../core/reasons';
import { findByIdOrNull } from './applications';
import type { Database } from './cloud';
import { isDuplicateWrite } from './duplicate';

/**
 * Writes a record under a person's claim: the claim first, decided by the database (of two submits at once for one
 * identity, one gets it; the other is NOT_ELIGIBLE with `refusal`), then the record. A record that cannot be written
 * gives its claim back; one a twin of this submit (same requestId, so the same id) wrote already is CONFLICT.
 * The record's id derives from the submit, and the shell runs one call of a submit at a time (runOnce): a claim
 * naming the record, or the record itself, found after a refused write is this submit's own — a write applied though
 * its reply was lost (and refused when the SDK sent it again), or one an earlier call of it made before it failed.
 * A claim naming a record that no longer holds it (its status not in `holding`) is taken over (`takeOverFinished`).
 */
export async function insertUnderClaim(
  db: Database,
  steps: {
    /** Takes the claim (`{ _id, applicationId }` in `claims`); false when it exists. */
    claim: () => Promise<boolean>;
    claims: { collection: string; id: string };
    refusal: Reason;
    record: { collection: string; id: string };
    insert: () => Promise<unknown>;
    release: () => Promise<unknown>;
    /**
     * The statuses in which a record holds the claim (the domain's rule). A claim naming a record in none of them
     * was left by a change cut short before its release: this submit takes it over.
     */
    holding: readonly string[];
  },
): Promise<void> {
  if (!(await steps.claim())) {
    const claim = await findByIdOrNull<{ applicationId?: string }>(db, steps.claims.collection, steps.claims.id);
    const taken =
      claim?.applicationId === steps.record.id ||
      (claim?.applicationId !== undefined &&
        (await takeOverFinished(db, {
          claims: steps.claims,
          field: 'applicationId',
          records: steps.record.collection,
          holding: steps.holding,
          finishedId: claim.applicationId,
          applicationId: steps.record.id,
        })));
    if (!taken) throw notEligible([steps.refusal]);
  }
  try {
    await steps.insert();
  } catch (error) {
    if (await findByIdOrNull(db, steps.record.collection, steps.record.id)) return;
    await steps.release();
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT');
    throw error;
  }
}

/**
 * Whether the person's claim is held: it exists, and the record it names still holds it (a status in `holding`), or names
 * something else than a record of `records` (an employer block's tenant). What an eligibility check asks before a
 * submit, so that a claim left by a change cut short does not refuse the person (`insertUnderClaim` takes it over).
 */
export async function claimHeld(
  db: Database,
  input: { claims: { collection: string; id: string }; records: string; holding: readonly string[] },
): Promise<boolean> {
  const claim = await findByIdOrNull<{ applicationId?: string }>(db, input.claims.collection, input.claims.id);
  if (!claim) return false;
  return claim.applicationId === undefined || !(await finishedRecord(db, input.records, claim.applicationId, input.holding));
}

/** Whether `id` is a record of `records` that no longer holds its claim. */
async function finishedRecord(db: Database, records: string, id: string, holding: readonly string[]): Promise<boolean> {
  const record = await findByIdOrNull<{ status: string }>(db, records, id);
  return record !== null && !holding.includes(record.status);
}

/**
 * Takes over a claim (its `field` naming `finishedId`) whose record no longer holds it, for `applicationId`, in one
 * write conditional on the claim still naming that record. Sent again after its reply was lost, it finds the claim
 * its own. Answers whether the claim is now `applicationId`'s.
 */
export async function takeOverFinished(
  db: Database,
  input: {
    claims: { collection: string; id: string };
    field: string;
    records: string;
    holding: readonly string[];
    finishedId: string;
    applicationId: string;
  },
): Promise<boolean> {
  if (!(await finishedRecord(db, input.records, input.finishedId, input.holding))) return false;
  const { updated } = await db
    .collection(input.claims.collection)
    .where({ _id: input.claims.id, [input.field]: input.finishedId })
    .update({ [input.field]: input.applicationId });
  if (updated === 1) return true;
  const claim = await findByIdOrNull<Record<string, unknown>>(db, input.claims.collection, input.claims.id);
  return claim?.[input.field] === input.applicationId;
}
