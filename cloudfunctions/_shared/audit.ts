import { randomUUID } from 'node:crypto';
import { auditCutoff, type AuditEntry } from '../../core/audit';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import { insertOwn } from './duplicate';
import type { ActionContext } from './handler';

/**
 * One page of the audit log, newest first (`pageSize + 1` rows: the extra one says there is more). Every filter
 * combination is served by an index leading with actor, action or time (INDEXES.audit_logs: `actor`, `action_at`, `at`).
 */
export async function auditPage(
  db: Database,
  where: { actor?: string; action?: string; at?: unknown },
  page: number,
  pageSize: number,
): Promise<Array<AuditEntry & { _id: string }>> {
  const { data } = await db
    .collection(COLLECTIONS.auditLogs)
    .where(where)
    .orderBy('at', 'desc')
    .skip(page * pageSize)
    .limit(pageSize + 1)
    .get();
  return data as Array<AuditEntry & { _id: string }>;
}

/** Appends to the audit log. Entries are never updated; only the retention sweep below removes them. */
export async function recordAudit(
  ctx: Pick<ActionContext, 'db' | 'identity' | 'roles' | 'requestId' | 'now'> & { action: string },
  entry: Pick<AuditEntry, 'target' | 'before' | 'after' | 'note'>,
): Promise<void> {
  // An id of its own, so that a line sent again after its reply was lost is known, not written twice.
  const line: AuditEntry & { _id: string } = {
    _id: randomUUID(),
    actor: ctx.identity.openId,
    actorRoles: [...ctx.roles],
    action: ctx.action,
    requestId: ctx.requestId,
    at: ctx.now,
    ...entry,
  };
  await insertOwn(ctx.db as Database, COLLECTIONS.auditLogs, line);
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
