import { addDays, type CalendarDate } from '../dates';
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
  /** When the holder's last hold in this month was written; null when written before holds recorded it. */
  heldAt: Date | null;
}

/**
 * What each holder has in a month's counters on `from` or later, by holder and number of places (a release gives
 * back one number of places on several dates at once), dates in order.
 */
export function holderPlaces(bucket: Pick<CapacityBucket, 'holders' | 'heldAt'>, from: CalendarDate): HolderPlaces[] {
  const byKey = new Map<string, HolderPlaces>();
  for (const [key, n] of Object.entries(bucket.holders ?? {})) {
    const [holder, date] = key.split('|');
    if (date < from) continue;
    const id = `${holder}|${n}`;
    const places = byKey.get(id) ?? { holder, n, dates: [], heldAt: bucket.heldAt?.[holder] ?? null };
    places.dates.push(date);
    byKey.set(id, places);
  }
  return [...byKey.values()].map((p) => ({ ...p, dates: p.dates.sort() }));
}

/**
 * Of the dates the counters still hold for an application, from `today` on, those it does not hold by its own
 * account. While it holds (`holding`), none. Done holding (`done`): its last change was cut short between its status
 * write and its release, and what that change gives back (`released`, the domain's own release rule applied to the
 * dates as held) is left over. Otherwise it holds nothing but may hold again: everything, once `settled` (its last
 * hold older than the grace, `changeSettled`: an offer holds before it writes its status).
 */
export function leftoverDates<S extends string>(input: {
  status: S;
  holding: readonly S[];
  done: readonly S[];
  dates: readonly CalendarDate[];
  today: CalendarDate;
  settled: boolean;
  released: (held: { first: CalendarDate; end: CalendarDate }) => readonly CalendarDate[];
}): CalendarDate[] {
  const dates = input.dates.filter((d) => d >= input.today).sort();
  if (input.holding.includes(input.status) || dates.length === 0) return [];
  if (!input.done.includes(input.status)) return input.settled ? dates : [];
  const released = input.released({ first: dates[0], end: addDays(dates[dates.length - 1], 1) });
  return dates.filter((d) => released.includes(d));
}
