import type { AuditEntry } from '../../core/audit';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';
import type { ActionContext } from './handler';

/** Appends to the audit log. Entries are never updated or removed by the functions. */
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
