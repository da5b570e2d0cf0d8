import { auditCutoff, type AuditEntry } from '../../core/audit';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import type { ActionContext } from './handler';

/** Appends to the audit log. Entries are never updated; only the retention sweep below removes them. */
export async function recordAudit(
  ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'> & { action: string },
  entry: Pick<AuditEntry, 'target' | 'before' | 'after' | 'note'>,
): Promise<void> {
  const line: AuditEntry = {
    actor: ctx.identity.openId,
    actorRoles: [...ctx.roles],
    action: ctx.action,
    requestId: ctx.requestId,
    at: ctx.now,
    ...entry,
  };
  await (ctx.db as Database).collection(COLLECTIONS.auditLogs).add(line);
}

/**
 * Deletes the entries past retention (`AUDIT_RETENTION_DAYS`, at least six months; core/audit.ts): the scheduler's
 * timer runs it. One range on `at`, served by the `at` index (collections.ts). Answers how many went.
 */
export async function purgeExpiredAudit(db: Database, now: Date): Promise<number> {
  const { deleted } = await db
    .collection(COLLECTIONS.auditLogs)
    .where({ at: db.command.lt(auditCutoff(now)) })
    .remove();
  return Number(deleted ?? 0);
}
