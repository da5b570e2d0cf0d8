import type { StayView as CoreStayView } from '@core/stays/application';
import type { ApplyForGuestInput } from '@core/stays/apply-for-guest.schema';
import type { ApplyInput } from '@core/stays/apply.schema';
import type { StationView as CoreStationView } from '@core/stays/station-view';
import { callFunction, type CallOptions, type Envelope } from './api';
import type { Page, Wire } from './wire';

export type StayView = Wire<CoreStayView>;
export type StationView = Wire<CoreStationView>;
export interface NightFree {
  date: string;
  free: number;
  capacity: number;
}
export interface Quote {
  stationId: string;
  nights: NightFree[];
  available: boolean;
}
export interface PickupRequest {
  id: string;
  place: string;
  number: string;
  arrivalAt: string;
}

/** The station's public facts and rules; without an id, the district's station. */
export const station = (stationId?: string): Promise<Envelope<StationView>> =>
  callFunction<StationView>('stays', 'station', stationId ? { stationId } : {});

/** Free beds for each of `nights` nights from `checkIn`. */
export const quote = (input: { stationId: string; checkIn: string; nights: number }): Promise<Envelope<Quote>> =>
  callFunction<Quote>('stays', 'quote', input);

/** Submits; pass the same `requestId` on a retry so the server creates one application only. */
export const apply = (input: ApplyInput, options: CallOptions): Promise<Envelope<StayView>> =>
  callFunction<StayView>('stays', 'apply', input, options);

export const applyForGuest = (input: ApplyForGuestInput, options: CallOptions): Promise<Envelope<StayView>> =>
  callFunction<StayView>('stays', 'applyForGuest', input, options);

export const requestPickup = (input: PickupRequest, options: CallOptions): Promise<Envelope<unknown>> =>
  callFunction('stays', 'requestPickup', input, options);

export const mine = (page = 0): Promise<Envelope<Page<StayView>>> => callFunction<Page<StayView>>('stays', 'mine', { page, pageSize: 20 });

export const cancel = (id: string): Promise<Envelope<StayView>> => callFunction<StayView>('stays', 'cancel', { id });

/** Takes the bed a waitlist offer holds for the caller (before the offer lapses): the application becomes pending. */
export const confirmOffer = (id: string): Promise<Envelope<StayView>> => callFunction<StayView>('stays', 'confirmOffer', { id });
