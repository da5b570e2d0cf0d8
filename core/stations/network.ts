import { availability, type CapacityBucket } from '../capacity/buckets';
import { monthOf, type CalendarDate } from '../dates';
import type { District, Station, StationOffer } from './model';
import { offers } from './services';
import { toStationSummary, type StationSummary } from './view';

// The station network's list (`stations.list`): which stations match a district and an offer, how many beds or
// seats each has free on the dates asked, and in which order they are shown. Pure: the shell reads the stations and
// the month counters of all of them in one query each, and hands them here.

/** Free beds (nights of a stay) or free seats (days of seat use). */
export type CapacityKind = 'stay' | 'seats';

export interface NetworkFilter {
  district?: District;
  offer?: StationOffer;
}

export interface FreeQuery {
  kind: CapacityKind;
  /** Every date that needs a place: the nights of a stay (check-out day not included), or the days of seat use. */
  dates: readonly CalendarDate[];
  /** Places wanted on each date (1 bed; a team's seats). */
  need: number;
  /** Leave out stations without `need` places on every date. */
  availableOnly: boolean;
}

/** The counter collection that holds a kind's places (core/capacity/buckets.ts). */
export const COUNTERS_OF: Record<CapacityKind, 'stay_nights' | 'seat_days'> = { stay: 'stay_nights', seats: 'seat_days' };

/** The months whose counter documents cover these dates, in date order, each once. */
export const monthsOf = (dates: readonly CalendarDate[]): string[] => [...new Set([...dates].sort().map(monthOf))];

/** Active, in the district asked for (any when none), offering what was asked (anything when nothing). */
export function matchesFilter(station: Station, filter: NetworkFilter): boolean {
  if (!station.active) return false;
  if (filter.district && station.district !== filter.district) return false;
  return !filter.offer || offers(station, filter.offer);
}

/**
 * The fewest free places on any of the dates: a stay needs a bed on every night, a team its seats on every day.
 * A month with no counter document yet is entirely free (capacity); no dates at all → capacity.
 */
export function fewestFree(input: {
  stationId: string;
  dates: readonly CalendarDate[];
  buckets: readonly CapacityBucket[];
  capacity: number;
}): number {
  const free = availability(input).map((d) => d.free);
  return free.length === 0 ? input.capacity : Math.max(0, Math.min(...free));
}

export type NetworkEntry = StationSummary & {
  /** The fewest free places over the dates asked; null when no dates were asked. */
  free: number | null;
  /** Whether `need` places are free on every date; null when no dates were asked. */
  available: boolean | null;
};

const byOrder = (a: Station, b: Station): number =>
  (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0);

/**
 * The list as shown: the stations matching the filter (and, when dates are asked, offering that kind of place), with
 * their free places. Order: stations with room for the dates first, then the district's own order, then id, so the
 * same question always gets the same list.
 */
export function stationNetwork(input: {
  stations: readonly Station[];
  filter: NetworkFilter;
  free?: FreeQuery;
  buckets?: readonly CapacityBucket[];
}): NetworkEntry[] {
  const { free } = input;
  const entries = input.stations
    .filter((s) => matchesFilter(s, input.filter) && (!free || offers(s, free.kind)))
    .map((station) => {
      if (!free) return { station, free: null, available: null };
      const capacity = free.kind === 'stay' ? station.beds : station.seats;
      const fewest = fewestFree({ stationId: station._id, dates: free.dates, buckets: input.buckets ?? [], capacity });
      return { station, free: fewest, available: fewest >= free.need };
    })
    .filter((e) => !free?.availableOnly || e.available);
  return entries
    .sort((a, b) => Number(b.available === true) - Number(a.available === true) || byOrder(a.station, b.station))
    .map((e) => ({ ...toStationSummary(e.station), free: e.free, available: e.available }));
}
