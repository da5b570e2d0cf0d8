import { randomUUID } from 'node:crypto';
import { AppError } from '../../core/contract';
import { notEligible, type Reason } from '../../core/reasons';
import { findByIdOrNull } from './applications';
import type { Database } from './cloud';
import { addOnce, isDuplicateWrite } from './duplicate';
import { STALE_CLAIM_MS, stillProcessing } from './idempotency';

/**
 * Writes a record under a person's claim, and recognises a retry of the submit without an idempotency key of its
 * own (the action is `idempotent: 'by-handler'`): the record's id derives from the submit, and the claim carries it
 * with the call that took it (`call`) and when (`at`). The claim first, decided by the database (of two submits at
 * once for one identity, one gets it; the other is NOT_ELIGIBLE with `refusal`), then the record.
 * - A claim naming this record: an earlier call of this submit took it. With the record stored, that record is the
 *   answer (returned); without it, that call is still at work (CONFLICT), or died (`STALE_CLAIM_MS`, as for any submit): taken over.
 * - A claim naming a record that no longer holds it (its status not in `holding`), left by a change cut short before
 *   its release: taken over.
 * - The insert refused: the record stored under this id is this submit's (a twin's, or this call's own insert applied
 *   though its reply was lost) and is returned; one that no longer holds the claim gives back the claim just taken.
 *   No record: the claim this call holds goes back (only if still this call's), and the error stands.
 * Answers null when this call inserted the record, else the stored record that answers the submit.
 */
export async function insertUnderClaim<R extends { status: string }>(
  db: Database,
  steps: {
    claims: { collection: string; id: string };
    refusal: Reason;
    record: { collection: string; id: string };
    insert: () => Promise<unknown>;
    /** The statuses in which a record holds the claim (the domain's rule). */
    holding: readonly string[];
    now: Date;
  },
): Promise<R | null> {
  const { claims, record, holding, now } = steps;
  const call = randomUUID();
  const claim = { _id: claims.id, applicationId: record.id, at: now, call };
  if (!(await addOnce(db, claims.collection, claim))) {
    const held = await findByIdOrNull<{ applicationId?: string; at?: Date; call?: string }>(db, claims.collection, claims.id);
    if (held?.applicationId === record.id) {
      const stored = await findByIdOrNull<R>(db, record.collection, record.id);
      if (stored) return stored;
      const stale = !held.at || now.getTime() - new Date(held.at).getTime() > STALE_CLAIM_MS;
      if (!stale || !(await takeOverOwn(db, { claims, recordId: record.id, from: held.call, call, now }))) {
        throw stillProcessing();
      }
    } else {
      const taken =
        held?.applicationId !== undefined &&
        (await takeOverFinished(db, {
          claims,
          field: 'applicationId',
          records: record.collection,
          holding,
          finishedId: held.applicationId,
          applicationId: record.id,
          also: { at: now, call },
        }));
      if (!taken) throw notEligible([steps.refusal]);
    }
  }
  const giveBack = () => db.collection(claims.collection).where({ _id: claims.id, applicationId: record.id, call }).remove();
  try {
    await steps.insert();
    return null;
  } catch (error) {
    const stored = await findByIdOrNull<R>(db, record.collection, record.id);
    if (stored) {
      if (!holding.includes(stored.status)) await giveBack();
      return stored;
    }
    await giveBack();
    if (isDuplicateWrite(error)) throw new AppError('CONFLICT');
    throw error;
  }
}

/** Takes over the claim of a call of this submit that died (still naming its record and that call). */
async function takeOverOwn(
  db: Database,
  input: { claims: { collection: string; id: string }; recordId: string; from: string | undefined; call: string; now: Date },
): Promise<boolean> {
  const { updated } = await db
    .collection(input.claims.collection)
    .where({ _id: input.claims.id, applicationId: input.recordId, call: input.from ?? db.command.exists(false) })
    .update({ at: input.now, call: input.call });
  if (updated === 1) return true;
  return (await findByIdOrNull<{ call?: string }>(db, input.claims.collection, input.claims.id))?.call === input.call;
}

/**
 * Whether the person's claim is held: it exists, and the record it names still holds it (a status in `holding`), or names
 * something else than a record of `records` (an employer block's tenant). What an eligibility check asks before a
 * submit, so that a claim left by a change cut short does not refuse the person (`insertUnderClaim` takes it over).
 * A claim naming `except` (the record a retried submit created) is not held against it: `insertUnderClaim` answers it.
 */
export async function claimHeld(
  db: Database,
  input: { claims: { collection: string; id: string }; records: string; holding: readonly string[]; except?: string },
): Promise<boolean> {
  const claim = await findByIdOrNull<{ applicationId?: string }>(db, input.claims.collection, input.claims.id);
  if (!claim || (input.except !== undefined && claim.applicationId === input.except)) return false;
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
    /** Other fields the claim gets with it (`insertUnderClaim`: the call that holds it, and since when). */
    also?: Record<string, unknown>;
  },
): Promise<boolean> {
  if (!(await finishedRecord(db, input.records, input.finishedId, input.holding))) return false;
  const { updated } = await db
    .collection(input.claims.collection)
    .where({ _id: input.claims.id, [input.field]: input.finishedId })
    .update({ [input.field]: input.applicationId, ...input.also });
  if (updated === 1) return true;
  const claim = await findByIdOrNull<Record<string, unknown>>(db, input.claims.collection, input.claims.id);
  return claim?.[input.field] === input.applicationId;
}
