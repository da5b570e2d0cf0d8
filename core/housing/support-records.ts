import type { DocumentFile } from '../documents';
import type { OpenQuestion } from '../requests/request';
import type { Person } from '../stays/model';
import type { TalentCategory } from '../talent/profile';
import type { Entitlement, Recheck, SupportAmount, SupportKind } from './support';

// The documents of the support function's collections (cloudfunctions/_shared/collections.ts).

/**
 * An application's course: `submitted` → (`more-asked` ⇄ `submitted`) → `approved` or `rejected`; approved rent
 * support is `stopped` by a failed or missed re-check (the months before it stay due).
 */
export const SUPPORT_STATUSES = ['submitted', 'more-asked', 'approved', 'rejected', 'stopped'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];
/** While in these an application holds the person's one claim of its kind; a rejection or a stop gives it back. */
export const CLAIMING_SUPPORT_STATUSES: readonly SupportStatus[] = ['submitted', 'more-asked', 'approved'];

/** The statuses an operator decides from (approve, reject) and asks for more from (only `submitted`). */
export const UNDECIDED: readonly SupportStatus[] = ['submitted', 'more-asked'];

/** An answer to the operator's question: the text, the files added, and the question it answers. */
export interface SupportAnswer {
  question: string;
  askedAt: Date;
  text: string;
  documents: DocumentFile[];
  answeredAt: Date;
}

/** `support_applications`: one person's application for rent support or the purchase subsidy. */
export interface SupportApplication {
  _id: string;
  kind: SupportKind;
  ownerId: string;
  person: Person;
  /** Keyed hash of the identity document: the claim of one application or support per kind (`support_claims`). */
  idHash: string;
  category: TalentCategory;
  employer: { creditCode: string; name: string };
  declarations: { ownsHomeInShanghai: boolean };
  /** The monthly rent of the rent contract (rent support never pays more); null for purchase. */
  monthlyRentPaid: number | null;
  documents: DocumentFile[];
  status: SupportStatus;
  /** The operator's question waiting for the applicant (core/requests/questions.ts, reused). */
  openQuestion: OpenQuestion | null;
  answers: SupportAnswer[];
  /** Fixed at approval by core (supportAmount), with the schedule of entitlements it makes. */
  amount: SupportAmount | null;
  schedule: Entitlement[];
  rechecks: Recheck[];
  /** The first re-check month not yet recorded while approved (core pendingRechecks), else null: the scheduler's key. */
  nextRecheck: string | null;
  reason: string | null;
  decidedBy: string | null;
  submittedAt: Date;
  decidedAt: Date | null;
  updatedAt: Date;
  /** Moves on with every change: each change is a compare-and-set on it (two operators at once, one wins). */
  version: number;
  /**
   * The token of the call that last changed it (`changeSupport`): a change applied though its reply was lost, and
   * refused when sent again, is known as that call's own. Kept out of the views.
   */
  lastChange?: string;
}

/** `support_disbursements`: one month paid (`_id` = `<application>:<month>`, so it is recorded once). */
export interface SupportDisbursement {
  _id: string;
  applicationId: string;
  ownerId: string;
  kind: SupportKind;
  /** The payee's name as applied (the finance office's list); the numbers stay sealed on the application. */
  name: string;
  month: string;
  amount: number;
  paidOn: string;
  reference: string;
  recordedBy: string;
  recordedAt: Date;
  /** The recording call's token: a row inserted though its reply was lost is known as its own (`addOnce`). */
  call?: string;
}

/** `support_settings`: the district's support policy (`_id` = `policy`), as an admin set it. */
export const SUPPORT_POLICY_ID = 'policy';
