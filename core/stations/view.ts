import { STATION_SERVICES, type Station, type StationService } from './model';
import { resolveSeatPolicy, resolveStayPolicy } from './policy';

/**
 * What an applicant sees of a station: public facts and the rules with their defaults filled in, so the app checks
 * eligibility live with the same policy the server will apply. Operators, counters and inventory stay out.
 */
export function toStationView(station: Station) {
  return {
    id: station._id,
    name: station.name,
    address: station.address ?? null,
    location: station.location ?? null,
    photos: station.photos ?? [],
    services: (station.services ?? []).filter((s): s is StationService => (STATION_SERVICES as readonly string[]).includes(s)),
    beds: station.beds,
    seats: station.seats,
    stayPolicy: resolveStayPolicy(station.stayPolicy),
    seatPolicy: resolveSeatPolicy(station.seatPolicy),
  };
}
export type StationView = ReturnType<typeof toStationView>;
