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
  },
): Promise<void> {
  if (!(await steps.claim())) {
    const claim = await findByIdOrNull<{ applicationId?: string }>(db, steps.claims.collection, steps.claims.id);
    if (claim?.applicationId !== steps.record.id) throw notEligible([steps.refusal]);
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
