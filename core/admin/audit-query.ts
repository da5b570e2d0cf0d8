import type { AuditLogQuery } from './schemas';

/**
 * Which declared index serves an audit query (cloudfunctions/_shared/collections.ts `audit_logs`): an actor pins
 * `actor_at`, else an action pins `action_at`, else the time range alone walks `at`. The other filters narrow it.
 */
export function auditIndexFor(query: Pick<AuditLogQuery, 'action' | 'actor'>): 'actor' | 'action_at' | 'at' {
  if (query.actor) return 'actor';
  if (query.action) return 'action_at';
  return 'at';
}
