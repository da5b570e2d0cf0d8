/** The fields by which a reply names the account a record belongs to (stays, seats, apartments, support, requests, liaisons). */
const SUBJECT_KEYS = ['ownerId', 'applicantId', 'talentId'] as const;
/** Replies are views of a few records; deeper than this is not a record's owner field. */
const MAX_DEPTH = 6;

/**
 * The accounts a stored reply (idempotency, DESIGN.md "Privacy") is about, other than the caller: a staff action's
 * reply (an operator's `housing.offer`, say) shows the applicant's record, their name with it. Deleting one of these
 * accounts removes such stored replies too, as it does the replies of their own submits.
 */
export function replySubjects(reply: unknown, caller: string): string[] {
  const found = new Set<string>();
  const walk = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || value === null || typeof value !== 'object' || value instanceof Date) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(item, depth + 1);
      return;
    }
    for (const [key, field] of Object.entries(value)) {
      if ((SUBJECT_KEYS as readonly string[]).includes(key) && typeof field === 'string') found.add(field);
      else walk(field, depth + 1);
    }
  };
  walk(reply, 0);
  found.delete('');
  found.delete(caller);
  return [...found];
}
