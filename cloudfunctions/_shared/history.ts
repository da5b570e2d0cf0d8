import type { AuditEntry } from '../../core/audit';
import type { User } from '../../core/account/user';
import { toHistory } from '../../core/review/history';
import { findByIds } from './applications';
import { COLLECTIONS } from './collections';
import type { Database } from './cloud';

const LINES = 50;

/**
 * The latest audit lines about one record (index `target`: `target.id` then `at` descending), each with its actor's
 * display name (their users, one read for all, only the name).
 */
export async function historyOf(db: Database, id: string) {
  const { data } = await db.collection(COLLECTIONS.auditLogs).where({ 'target.id': id }).orderBy('at', 'desc').limit(LINES).get();
  const entries = data as AuditEntry[];
  type Named = Pick<User, '_id' | 'displayName'>;
  const users = await findByIds<Named>(
    db,
    COLLECTIONS.users,
    entries.map((e) => e.actor),
    { _id: true, displayName: true },
  );
  const names = new Map([...users.values()].flatMap((u) => (u.displayName ? [[u._id, u.displayName] as const] : [])));
  return toHistory(entries, names);
}
