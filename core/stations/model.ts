import type { LocalizedText } from '../contract/locale';
import type { SeatPolicy, StayPolicy } from './policy';

/** The one list of what a station may offer; the home page describes each. */
export const STATION_SERVICES = ['stay', 'seats', 'pickup', 'policy', 'career', 'events'] as const;
export type StationService = (typeof STATION_SERVICES)[number];

/**
 * A `stations` document as stored. Beyond the booking fields everything is optional (older stations lack it), and
 * the policies are partial: `resolveStayPolicy` / `resolveSeatPolicy` fill in the defaults.
 */
export interface Station {
  _id: string;
  name: LocalizedText;
  beds: number;
  seats: number;
  active: boolean;
  address?: LocalizedText;
  location?: { latitude: number; longitude: number };
  photos?: string[];
  services?: string[];
  stayPolicy?: Partial<StayPolicy>;
  seatPolicy?: Partial<SeatPolicy>;
}
