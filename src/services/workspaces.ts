import type { toSeatView } from '@core/workspaces/application';
import type { ApplySeatsInput } from '@core/workspaces/apply.schema';
import { callFunction, type CallOptions, type Envelope } from './api';
import type { Page, Wire } from './wire';
import type { NightFree } from './stays';

export type SeatView = Wire<ReturnType<typeof toSeatView>>;

/** Free seats for each of `days` days from `startDate`. */
export interface SeatQuote {
  stationId: string;
  days: NightFree[];
  minFree: number;
}
export const quote = (input: { stationId: string; startDate: string; days: number }): Promise<Envelope<SeatQuote>> =>
  callFunction<SeatQuote>('workspaces', 'quote', input);

export const apply = (input: ApplySeatsInput, options: CallOptions): Promise<Envelope<SeatView>> =>
  callFunction<SeatView>('workspaces', 'apply', input, options);

export const mine = (page = 0): Promise<Envelope<Page<SeatView>>> =>
  callFunction<Page<SeatView>>('workspaces', 'mine', { page, pageSize: 20 });

export const cancel = (id: string): Promise<Envelope<SeatView>> => callFunction<SeatView>('workspaces', 'cancel', { id });
