import {
  DISTRICTS,
  FACILITIES,
  STATION_KINDS,
  STATION_SERVICES,
  type District,
  type Facility,
  type Station,
  type StationKind,
  type StationService,
} from './model';
import { resolveSeatPolicy, resolveStayPolicy } from './policy';
import { servicesOf } from './services';

const known =
  <T extends string>(list: readonly T[]) =>
  (value: string | undefined): value is T =>
    value !== undefined && (list as readonly string[]).includes(value);
const isService = known(STATION_SERVICES);
const isFacility = known(FACILITIES);
const isDistrict = known(DISTRICTS);
const isKind = known(STATION_KINDS);

/**
 * What anyone sees of a station in the network's list: where it is, what it is and offers, one photo. A value the
 * build does not know (a newer admin's edit) is left out rather than breaking the page.
 */
export function toStationSummary(station: Station) {
  return {
    id: station._id,
    name: station.name,
    district: isDistrict(station.district) ? (station.district as District) : null,
    kind: isKind(station.kind) ? (station.kind as StationKind) : null,
    address: station.address ?? null,
    location: station.location ?? null,
    photo: station.photos?.[0] ?? null,
    services: servicesOf(station).filter((s): s is StationService => isService(s)),
    beds: station.beds,
    seats: station.seats,
  };
}
export type StationSummary = ReturnType<typeof toStationSummary>;

/**
 * What an applicant sees of a station: public facts and the rules with their defaults filled in, so the app checks
 * eligibility live with the same policy the server will apply. Operators, counters and inventory stay out.
 */
export function toStationView(station: Station) {
  const { photo: _photo, ...summary } = toStationSummary(station);
  return {
    ...summary,
    photos: station.photos ?? [],
    facilities: (station.facilities ?? []).filter((f): f is Facility => isFacility(f)),
    contact: station.contact ? { phone: station.contact.phone, email: station.contact.email ?? null } : null,
    hours: station.hours ?? null,
    stayPolicy: resolveStayPolicy(station.stayPolicy),
    seatPolicy: resolveSeatPolicy(station.seatPolicy),
  };
}
export type StationView = ReturnType<typeof toStationView>;
