import type { Role } from './roles';

/** One line of the audit log: who did what to which record, and the status before and after. */
export interface AuditEntry {
  actor: string;
  actorRoles: Role[];
  /**
   * `<function>.<action>`, e.g. `stays.approve`; `<function>.view` when staff open a record; `<function>.reveal`
   * when an operator has encrypted personal data decrypted.
   */
  action: string;
  target: { collection: string; id: string };
  before: string | null;
  after: string | null;
  /** Extra facts worth keeping (a reason, seat numbers); never personal data in clear. */
  note?: Record<string, unknown>;
  requestId: string;
  at: Date;
}

/** The audit log is kept this long (at least six months: DESIGN.md "Privacy", issue 8); older entries are deleted. */
export const AUDIT_RETENTION_DAYS = 365;
export const MIN_AUDIT_RETENTION_DAYS = 183;

/** Entries logged before this instant (excluded: an entry exactly at the cutoff stays) are past retention. */
export function auditCutoff(now: Date, retentionDays = AUDIT_RETENTION_DAYS): Date {
  if (retentionDays < MIN_AUDIT_RETENTION_DAYS) throw new Error(`audit retention must be at least ${MIN_AUDIT_RETENTION_DAYS} days`);
  return new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000);
}
