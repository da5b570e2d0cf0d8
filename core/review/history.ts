import type { AuditEntry } from '../audit';

/** One line of an application's history as the operator reads it: when, who, what, from which status to which. */
export interface HistoryLine {
  at: Date;
  actor: string;
  action: string;
  before: string | null;
  after: string | null;
}

/** The audit log's lines about one application, newest first, without notes (they may name the fields revealed). */
export const toHistory = (entries: readonly AuditEntry[]): HistoryLine[] =>
  entries.map((e) => ({ at: e.at, actor: e.actor, action: e.action, before: e.before ?? null, after: e.after ?? null }));
