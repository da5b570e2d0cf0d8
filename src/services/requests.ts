import type { Catalog, SubmitInput, toApplicantView, toListItem } from '@core/requests';
import { callFunction, type CallOptions, type Envelope } from './api';

/** A request as its applicant reads it (public steps only, no staff identities). */
export type RequestView = ReturnType<typeof toApplicantView>;
export type RequestListItem = ReturnType<typeof toListItem>;
export type TimelineItem = RequestView['timeline'][number];
export type { Catalog, CatalogEntry } from '@core/requests';

export interface RequestPage {
  items: RequestListItem[];
  hasMore: boolean;
}

export interface RateInput {
  id: string;
  score: number;
  satisfied: boolean;
  comment?: string;
}

/** The categories to pick from and the units a timeline may name. */
export const catalog = (): Promise<Envelope<Catalog>> => callFunction<Catalog>('requests', 'catalog', undefined, { loading: false });

export const mine = (page = 0, pageSize = 20): Promise<Envelope<RequestPage>> =>
  callFunction<RequestPage>('requests', 'mine', { page, pageSize }, { loading: false });

export const get = (id: string): Promise<Envelope<RequestView>> => callFunction<RequestView>('requests', 'get', { id });

/** Pass the same `requestId` when the user retries a failed submit, so nothing is filed twice. */
export const submit = (input: SubmitInput, options: CallOptions = {}): Promise<Envelope<RequestView>> =>
  callFunction<RequestView>('requests', 'submit', input, options);

export const addInfo = (input: { id: string; text: string; attachments?: string[] }, options: CallOptions = {}) =>
  callFunction<RequestView>('requests', 'addInfo', input, options);

export const rate = (input: RateInput, options: CallOptions = {}): Promise<Envelope<RequestView>> =>
  callFunction<RequestView>('requests', 'rate', input, options);
