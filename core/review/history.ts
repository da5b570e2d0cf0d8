import type { AuditEntry } from '../audit';

/** One line of an application's history as the operator reads it: when, who, what, from which status to which. */
export interface HistoryLine {
  at: Date;
  actor: string;
  /** The actor's name as their account gives it (`displayName`); null for the system or an account without one. */
  actorName: string | null;
  action: string;
  before: string | null;
  after: string | null;
}

/**
 * The audit log's lines about one application, newest first, without notes (they may name the fields revealed);
 * `names`: the actors' display names by openid (an openid tells the operator nothing about who acted).
 */
export const toHistory = (entries: readonly AuditEntry[], names: ReadonlyMap<string, string> = new Map()): HistoryLine[] =>
  entries.map((e) => ({
    at: e.at,
    actor: e.actor,
    actorName: names.get(e.actor) ?? null,
    action: e.action,
    before: e.before ?? null,
    after: e.after ?? null,
  }));
