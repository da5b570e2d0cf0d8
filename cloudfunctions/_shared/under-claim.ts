import { AppError } from '../../core/contract';
import { notEligible, type Reason } from '../../core/reasons';
import { isDuplicateWrite } from './duplicate';

/**
 * Writes a record under a person's claim: the claim first, decided by the database (of two submits at once for one
 * identity, one gets it; the other is NOT_ELIGIBLE with `refusal`), then the record. A record that cannot be written
 * gives its claim back; one a twin of this submit (same requestId, so the same id) wrote already is CONFLICT.
 */
export async function insertUnderClaim(steps: {
  claim: () => Promise<boolean>;
  refusal: Reason;
  insert: () => Promise<unknown>;
  release: () => Promise<unknown>;
}): Promise<void> {
  if (!(await steps.claim())) throw notEligible([steps.refusal]);
  try {
    await steps.insert();
  } catch (error) {
    await steps.release();
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT');
    throw error;
  }
}
