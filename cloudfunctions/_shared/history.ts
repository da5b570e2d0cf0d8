import type { AuditEntry } from '../../core/audit';
import { toHistory } from '../../core/review/history';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

const LINES = 50;

/** The latest audit lines about one record (index `target`: `target.id` then `at` descending). */
export async function historyOf(db: Database, id: string) {
  const { data } = await db.collection(COLLECTIONS.auditLogs).where({ 'target.id': id }).orderBy('at', 'desc').limit(LINES).get();
  return toHistory(data as AuditEntry[]);
}
