import type { InputOf } from '@core/api';
import { callFunction, type Envelope, type Reply } from '@/services/api';

// Reply types come from the action's output schema in core (core/stations/api.ts), never from here.
export type NetworkReply = Reply<'stations', 'list'>;
export type NetworkEntry = NetworkReply['items'][number];
export type NetworkQuery = InputOf<'stations', 'list'>;

/** The station network by district and offer, with the free beds or seats of every station for dates: one call. */
export const list = (query: NetworkQuery): Promise<Envelope<NetworkReply>> => callFunction('stations', 'list', query);
