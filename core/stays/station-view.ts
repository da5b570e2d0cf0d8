import type { SeatPolicy } from '../workspaces/policy';
import { resolveSeatPolicy } from '../workspaces/policy';
import type { StayPolicy } from './policy';
import { resolveStayPolicy } from './policy';

/** The one list of what a station may offer; the home page describes each. */
export const STATION_SERVICES = ['stay', 'seats', 'pickup', 'policy', 'career', 'events'] as const;
export type StationService = (typeof STATION_SERVICES)[number];

type Text = { 'zh-CN': string; en: string };

/** A `stations` document as stored; everything beyond the booking fields is optional (older stations lack it). */
export interface StoredStation {
  _id: string;
  name: Text;
  beds: number;
  seats: number;
  active: boolean;
  address?: Text;
  location?: { latitude: number; longitude: number };
  photos?: string[];
  services?: string[];
  stayPolicy?: Partial<StayPolicy>;
  seatPolicy?: Partial<SeatPolicy>;
}

/**
 * What an applicant sees of a station: public facts and the rules with their defaults filled in, so the app checks
 * eligibility live with the same policy the server will apply. Operators, counters and inventory stay out.
 */
export function toStationView(station: StoredStation) {
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
