import type { CalendarDate } from '../dates';
import { type CapacityBucket } from './buckets';

/**
 * The statuses an application never holds places in again: no chain of transitions leads from them to a holding
 * status. Derived from the domain's state machine, so a new transition back into holding is taken into account.
 */
export function statusesDoneHolding<S extends string>(input: {
  statuses: readonly S[];
  holding: readonly S[];
  transitions: Record<string, { from: readonly S[]; to: S }>;
}): S[] {
  const mayHold = new Set<S>(input.holding);
  for (let grew = true; grew;) {
    grew = false;
    for (const { from, to } of Object.values(input.transitions)) {
      if (!mayHold.has(to)) continue;
      for (const status of from)
        if (!mayHold.has(status)) {
          mayHold.add(status);
          grew = true;
        }
    }
  }
  return input.statuses.filter((s) => !mayHold.has(s));
}

/** One holder's places of one size in a month's counters, from `from` on. */
export interface HolderPlaces {
  holder: string;
  n: number;
  dates: CalendarDate[];
}

/**
 * What each holder has in a month's counters on `from` or later, by holder and number of places (a release gives
 * back one number of places on several dates at once), dates in order.
 */
export function holderPlaces(bucket: Pick<CapacityBucket, 'holders'>, from: CalendarDate): HolderPlaces[] {
  const byKey = new Map<string, HolderPlaces>();
  for (const [key, n] of Object.entries(bucket.holders ?? {})) {
    const [holder, date] = key.split('|');
    if (date < from) continue;
    const id = `${holder}|${n}`;
    const places = byKey.get(id) ?? { holder, n, dates: [] };
    places.dates.push(date);
    byKey.set(id, places);
  }
  return [...byKey.values()].map((p) => ({ ...p, dates: p.dates.sort() }));
}
