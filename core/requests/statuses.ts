/**
 * The one list of statuses of a service request (诉求). `returned` goes back to the operator's triage queue;
 * a rating closes the request, or reopens it once (back to `in_progress`) when the applicant is not satisfied.
 */
export const STATUSES = ['submitted', 'triaged', 'dispatched', 'in_progress', 'returned', 'resolved', 'closed'] as const;
export type Status = (typeof STATUSES)[number];

/** The statuses in which the lead unit owes work against a deadline. */
export const OPEN_FOR_UNIT: readonly Status[] = ['dispatched', 'in_progress'];

/** The one list of tiers: the deadline in working days after dispatch. */
export const TIERS = [5, 7, 15] as const;
export type Tier = (typeof TIERS)[number];

/** Resolved requests the applicant has not rated are closed this many calendar days after resolution. */
export const AUTO_CLOSE_DAYS = 7;

/** An unsatisfied rating reopens a request this many times at most; later ones close it. */
export const MAX_REOPENS = 1;
