import { addDays, daysBetween } from '@core/calendar/dates';
import type { District, StationOffer } from '@core/stations/model';
import type { CapacityKind } from '@core/stations/network';
import { seatEndDate } from '@core/workspaces/rules';
import { DEFAULT_SEAT_POLICY } from '@core/stations/policy';
import type { NetworkQuery } from '../services/stations';

/** What the list's filters hold: '' is "any". */
export interface ListFilters {
  district: District | '';
  offer: StationOffer | '';
  /** The first night of a stay or first day of seat use; '' asks no dates. */
  from: string;
  nights: number;
  months: number;
  /** The seats a team needs on every day of its term (a stay needs one bed). */
  seats: number;
  availableOnly: boolean;
}

export const EMPTY_FILTERS: ListFilters = { district: '', offer: '', from: '', nights: 3, months: 1, seats: 1, availableOnly: false };

/** The seat chips: up to the default seat policy's most seats a team may ask for. */
export const SEAT_CHOICES = Array.from({ length: DEFAULT_SEAT_POLICY.maxSeats }, (_, i) => i + 1);

/** Dates are about beds unless the list is of seats; apartments and events have no dates to ask. */
export const kindOf = (offer: ListFilters['offer']): CapacityKind | null =>
  offer === 'seats' ? 'seats' : offer === '' || offer === 'stay' ? 'stay' : null;

/** The day chips: from tomorrow (the forms' earliest check-in) for `count` days. */
export const dayChoices = (today: string, count = 30): string[] => Array.from({ length: count }, (_, i) => addDays(today, i + 1));

/** The one `stations.list` call the filters make. */
export function networkQuery(filters: ListFilters): NetworkQuery {
  const kind = kindOf(filters.offer);
  const days = kind === 'seats' ? daysBetween(filters.from, seatEndDate(filters.from, filters.months)) : filters.nights;
  return {
    ...(filters.district ? { district: filters.district } : {}),
    ...(filters.offer ? { offer: filters.offer } : {}),
    ...(kind && filters.from
      ? {
          free: {
            kind,
            from: filters.from,
            days,
            ...(kind === 'seats' ? { need: filters.seats } : {}),
            availableOnly: filters.availableOnly,
          },
        }
      : {}),
  };
}

/** What a station has, without the kinds it has none of: "8 beds", "4 beds · 6 seats", or nothing. */
export const capacityParts = (station: { beds: number; seats: number }, label: (kind: 'beds' | 'seats', n: number) => string): string =>
  [station.beds > 0 ? label('beds', station.beds) : '', station.seats > 0 ? label('seats', station.seats) : ''].filter(Boolean).join(' · ');
