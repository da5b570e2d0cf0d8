import type { ApplyForGuestInput } from '@core/stays/apply-for-guest.schema';
import type { ApplyInput } from '@core/stays/apply.schema';
import type { InputOf } from '@core/api';
import Taro from '@tarojs/taro';
import { callFunction, type CallOptions, type Envelope, type Reply } from './api';

// Reply types come from the actions' output schemas in core (core/stays/api.ts), never from here.
export type StayView = Reply<'stays', 'get'>;
export type StationView = Reply<'stays', 'station'>;
export type Quote = Reply<'stays', 'quote'>;
export type NightFree = Quote['nights'][number];

/** The station's public facts and rules; without an id, the district's station. */
export const station = (stationId?: string): Promise<Envelope<StationView>> =>
  callFunction('stays', 'station', stationId ? { stationId } : {});

const CHOSEN_KEY = 'station.chosen';

/** The station the user chose in the station list, remembered on this device; undefined before any choice. */
export function chosenStationId(): string | undefined {
  try {
    const stored: unknown = Taro.getStorageSync(CHOSEN_KEY);
    return typeof stored === 'string' && stored !== '' ? stored : undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the user's station (the home page and the forms use it from then on); null forgets it. */
export function chooseStation(stationId: string | null): void {
  try {
    Taro.setStorageSync(CHOSEN_KEY, stationId ?? '');
  } catch {
    // Not remembered: the home station stays the default.
  }
}

/**
 * The station a page is about: `preferred` (a link's), else the user's choice, else the district's home station. A
 * remembered station that is gone (closed, removed) is forgotten, and the home station answers instead.
 */
export async function chosenStation(preferred?: string): Promise<Envelope<StationView>> {
  const id = preferred || chosenStationId();
  if (!id) return station();
  const reply = await station(id);
  if (reply.ok || reply.error.code !== 'NOT_FOUND' || id !== chosenStationId()) return reply;
  chooseStation(null);
  return station();
}

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
