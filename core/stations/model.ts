import type { LocalizedText } from '../contract/locale';
import type { SeatPolicy, StayPolicy } from './policy';

/** The one list of what a station may offer; the home page describes each. */
export const STATION_SERVICES = ['stay', 'seats', 'apartments', 'pickup', 'policy', 'career', 'events'] as const;
export type StationService = (typeof STATION_SERVICES)[number];

/** What the station list filters by (`stations.list` `offer`): the services one books or signs up for. */
export const STATION_OFFERS = ['stay', 'seats', 'apartments', 'events'] as const satisfies readonly StationService[];
export type StationOffer = (typeof STATION_OFFERS)[number];

/** Shanghai's 16 districts: where a station is (`stations.list` `district`). */
export const DISTRICTS = [
  'pudong',
  'huangpu',
  'jingan',
  'xuhui',
  'changning',
  'putuo',
  'hongkou',
  'yangpu',
  'baoshan',
  'minhang',
  'jiading',
  'songjiang',
  'qingpu',
  'fengxian',
  'jinshan',
  'chongming',
] as const;
export type District = (typeof DISTRICTS)[number];

/** What a place of the network is: a talent station, a youth station (青年驿站), a talent apartment, an incubator. */
export const STATION_KINDS = ['talent-station', 'youth-station', 'apartment', 'incubator'] as const;
export type StationKind = (typeof STATION_KINDS)[number];

/** Facilities a station lists on its page. */
export const FACILITIES = [
  'wifi',
  'kitchen',
  'laundry',
  'gym',
  'meeting-room',
  'printing',
  'lounge',
  'luggage',
  'parking',
  'accessible',
] as const;
export type Facility = (typeof FACILITIES)[number];

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
  /** Place in the list and the default station: the lowest `order` is the district's home station. */
  order?: number;
  district?: District;
  kind?: StationKind;
  address?: LocalizedText;
  location?: { latitude: number; longitude: number };
  photos?: string[];
  services?: string[];
  facilities?: string[];
  /** The station's desk (an office line, never a person's). */
  contact?: { phone: string; email?: string };
  /** Opening hours as the station words them ("周一至周五 9:00–17:30"). */
  hours?: LocalizedText;
  stayPolicy?: Partial<StayPolicy>;
  seatPolicy?: Partial<SeatPolicy>;
}
