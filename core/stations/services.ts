import { notEligible, reason } from '../reasons';
import type { Station, StationOffer } from './model';

/** What a station made before stations had a service list took, and still takes: stays and seats. */
const SERVICES_BEFORE_LISTS: readonly string[] = ['stay', 'seats'];

/** The services a station names (`services`); for one made before there was a list, stays and seats. */
export const servicesOf = (station: Pick<Station, 'services'>): readonly string[] => station.services ?? SERVICES_BEFORE_LISTS;

/** A station offers what its service list names; stays only with beds and seats only with seats. */
export function offers(station: Pick<Station, 'services' | 'beds' | 'seats'>, offer: StationOffer): boolean {
  if (!servicesOf(station).includes(offer)) return false;
  if (offer === 'stay') return station.beds > 0;
  if (offer === 'seats') return station.seats > 0;
  return true;
}

/**
 * A stay or a seat application is taken only where the station names the service: an operator stops new ones by
 * taking it off the list, and the bookings already made stay. Capacity is not asked here: a full station (or one
 * with no beds) answers NO_CAPACITY, or waitlists, when the places are held.
 */
export function assertTakesApplications(station: Pick<Station, 'services'>, offer: 'stay' | 'seats'): void {
  if (servicesOf(station).includes(offer)) return;
  throw notEligible([
    offer === 'stay'
      ? reason(
          'station-not-offering',
          '该驿站暂不接受住宿申请，请选择其他驿站',
          'This station is not taking stay applications; choose another station',
        )
      : reason(
          'station-not-offering',
          '该驿站暂不接受工位申请，请选择其他驿站',
          'This station is not taking seat applications; choose another station',
        ),
  ]);
}
