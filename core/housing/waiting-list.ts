import type { TalentCategory } from '../talent/profile';
import { priorityTierOf, type ApartmentPolicy } from './policy';

/** One applicant waiting for a building and unit type. */
export interface WaitingEntry {
  id: string;
  category: TalentCategory;
  /** ISO instant the entry joined the list, or rejoined it at the end of its tier after a declined offer. */
  queuedAt: string;
}

export interface RankedEntry extends WaitingEntry {
  tier: number;
  /** 1-based place on the list. */
  position: number;
}

/** The list in serving order: priority tier first, then the time queued; the id breaks exact ties. */
export function rankWaitingList(policy: ApartmentPolicy, entries: readonly WaitingEntry[]): RankedEntry[] {
  return entries
    .map((entry) => ({ ...entry, tier: priorityTierOf(policy, entry.category) }))
    .sort((a, b) => a.tier - b.tier || a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id))
    .map((entry, i) => ({ ...entry, position: i + 1 }));
}

/** What an applicant may see of the list: where they stand and why each one ahead of them is (no names). */
export interface WaitingPosition {
  position: number;
  total: number;
  aheadByPriority: number;
  aheadByTime: number;
}

export function waitingPosition(policy: ApartmentPolicy, entries: readonly WaitingEntry[], id: string): WaitingPosition | null {
  const ranked = rankWaitingList(policy, entries);
  const me = ranked.find((e) => e.id === id);
  if (!me) return null;
  const ahead = ranked.slice(0, me.position - 1);
  return {
    position: me.position,
    total: ranked.length,
    aheadByPriority: ahead.filter((e) => e.tier < me.tier).length,
    aheadByTime: ahead.filter((e) => e.tier === me.tier).length,
  };
}

/** After a declined offer: back to the end of the tier, or off the list (policy, and the limit on declines). */
export function afterDecline(input: { policy: ApartmentPolicy; declinesBefore: number }): 'move-down' | 'remove' {
  const { policy, declinesBefore } = input;
  if (declinesBefore + 1 >= policy.maxDeclines) return 'remove';
  return policy.onDecline;
}
