import type { ApplyForGuestInput } from '@core/stays/apply-for-guest.schema';
import type { ApplyInput } from '@core/stays/apply.schema';
import type { InputOf } from '@core/api';
import { callFunction, type CallOptions, type Envelope, type Reply } from './api';

// Reply types come from the actions' output schemas in core (core/stays/api.ts), never from here.
export type StayView = Reply<'stays', 'get'>;
export type StationView = Reply<'stays', 'station'>;
export type Quote = Reply<'stays', 'quote'>;
export type NightFree = Quote['nights'][number];

/** The station's public facts and rules; without an id, the district's station. */
export const station = (stationId?: string): Promise<Envelope<StationView>> =>
  callFunction('stays', 'station', stationId ? { stationId } : {});

/** Free beds for each of `nights` nights from `checkIn`. */
export const quote = (input: { stationId: string; checkIn: string; nights: number }): Promise<Envelope<Quote>> =>
  callFunction('stays', 'quote', input);

/** Submits; pass the same `requestId` on a retry so the server creates one application only. */
export const apply = (input: ApplyInput, options: CallOptions): Promise<Envelope<StayView>> =>
  callFunction('stays', 'apply', input, options);

export const applyForGuest = (input: ApplyForGuestInput, options: CallOptions): Promise<Envelope<StayView>> =>
  callFunction('stays', 'applyForGuest', input, options);

export const requestPickup = (
  input: InputOf<'stays', 'requestPickup'>,
  options: CallOptions,
): Promise<Envelope<Reply<'stays', 'requestPickup'>>> => callFunction('stays', 'requestPickup', input, options);

export const mine = (page = 0): Promise<Envelope<Reply<'stays', 'mine'>>> => callFunction('stays', 'mine', { page, pageSize: 20 });

export const cancel = (id: string): Promise<Envelope<StayView>> => callFunction('stays', 'cancel', { id });

/** Takes the bed a waitlist offer holds for the caller (before the offer lapses): the application becomes pending. */
export const confirmOffer = (id: string): Promise<Envelope<StayView>> => callFunction('stays', 'confirmOffer', { id });
