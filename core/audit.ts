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
